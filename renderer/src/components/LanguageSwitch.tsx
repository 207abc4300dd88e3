import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ToggleGroup } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../shared/contract';
import { call } from '../api';
import { applyLocale } from '../i18n';
import './LanguageSwitch.css';

/** NL | EN switch; the choice is stored in the app settings, so it survives a restart. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const setLocale = useMutation({
    mutationFn: (locale: Locale) => call('app.setLocale', { locale }),
    onSuccess: async ({ locale }) => {
      await applyLocale(locale);
      await queryClient.invalidateQueries({ queryKey: ['app.info'] });
    },
  });
  return (
    <ToggleGroup.Root
      type="single"
      className="language-switch"
      aria-label={t('language.label')}
      value={i18n.language}
      onValueChange={(value) => {
        if (value) setLocale.mutate(value as Locale);
      }}
    >
      {LOCALES.map((locale) => (
        <ToggleGroup.Item key={locale} value={locale} lang={locale} aria-label={t(`language.${locale}`)} className="language-option">
          {locale.toUpperCase()}
        </ToggleGroup.Item>
      ))}
    </ToggleGroup.Root>
  );
}
