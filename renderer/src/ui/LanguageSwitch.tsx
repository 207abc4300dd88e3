import { ToggleGroup } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/contract';
import { translations } from '../../../shared/i18n';
import './LanguageSwitch.css';

// The languages with a translation (the contract's LOCALES), without importing the contract's schemas into the first screen.
const LOCALES = Object.keys(translations) as Locale[];

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
