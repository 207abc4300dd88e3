import { LOCALES, type Locale } from '../../../shared/contract';
import type { HandlersFor } from '../dispatch';
import type { CoreOptions } from '../host';
import type { AppSettings } from './settings';

type AppMethod = 'app.info' | 'app.setLocale' | 'dialog.pickFolder' | 'dialog.pickSaveFile' | 'dialog.pickOpenFile';

export function pickLocale(saved: Locale | undefined, systemLocale: string): Locale {
  if (saved) return saved;
  const lang = systemLocale.toLowerCase().slice(0, 2);
  return (LOCALES as readonly string[]).includes(lang) && lang === 'en' ? 'en' : 'nl';
}

/** The shell: what the app is, its language, and the native dialogs (no vault needed). */
export function appHandlers({ app, host }: Pick<CoreOptions, 'app' | 'host'>, settings: AppSettings): HandlersFor<AppMethod> {
  return {
    'app.info': async () => ({ name: app.name, version: app.version, platform: app.platform, locale: pickLocale(await settings.locale(), app.systemLocale) }),
    'app.setLocale': async ({ locale }) => {
      await settings.setLocale(locale);
      host.onLocaleChanged?.(locale);
      host.emit('app.localeChanged', { locale });
      return { locale };
    },
    'dialog.pickFolder': async ({ purpose }) => ({ path: await host.pickFolder(purpose) }),
    'dialog.pickSaveFile': async ({ purpose, suggestedName }) => ({ path: (await host.pickSaveFile?.(purpose, suggestedName)) ?? null }),
    'dialog.pickOpenFile': async ({ purpose }) => ({ path: (await host.pickOpenFile?.(purpose)) ?? null }),
  };
}
