import { ToggleGroup } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/contract';
import { LOCALES } from '../../../shared/domain/locales';
import './LanguageSwitch.css';

/** NL | EN switch showing the interface language; `onChange` stores the choice (lib's useChangeLocale). */
export function LanguageSwitch({ onChange }: { onChange(locale: Locale): void }) {
  const { t, i18n } = useTranslation();
  return (
    <ToggleGroup.Root
      type="single"
      className="language-switch"
      aria-label={t('language.label')}
      value={i18n.language}
      onValueChange={(value) => {
        if (value) onChange(value as Locale);
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
