import type { FileGrantPurpose, Locale } from '../../../shared/contract';
import { localeForSystem } from '../../../shared/domain/locales';
import type { HandlersFor } from '../dispatch';
import { AppError } from '../errors';
import type { CoreOptions } from '../host';
import type { FileGrants } from './fileGrants';
import type { AppSettings } from './settings';

type AppMethod = 'app.info' | 'app.setLocale' | 'dialog.pickFolder' | 'dialog.pickSaveFile' | 'dialog.pickOpenFile' | 'clipboard.copy' | 'app.diagnostics';

export function pickLocale(saved: Locale | undefined, systemLocale: string): Locale {
  return saved ?? localeForSystem(systemLocale);
}

/** The shell: what the app is, its language, and the native dialogs (no vault needed). */
export function appHandlers({ app, host }: Pick<CoreOptions, 'app' | 'host'>, settings: AppSettings, grants: FileGrants): HandlersFor<AppMethod> {
  // The host (main's native dialog, the harness, the CLI's arguments) chooses; the page gets a token for that one use.
  const choice = (purpose: FileGrantPurpose, path: string | null | undefined) =>
    path ? { token: grants.grant(purpose, path), path } : { token: null, path: null };
  return {
    'app.info': async () => ({ name: app.name, version: app.version, platform: app.platform, locale: pickLocale(await settings.locale(), app.systemLocale) }),
    'app.setLocale': async ({ locale }) => {
      await settings.setLocale(locale);
      host.onLocaleChanged?.(locale);
      host.emit('app.localeChanged', { locale });
      return { locale };
    },
    'dialog.pickFolder': async ({ purpose }) => choice(purpose, await host.pickFolder(purpose)),
    'dialog.pickSaveFile': async ({ purpose, suggestedName }) => choice(`save:${purpose}`, await host.pickSaveFile?.(purpose, suggestedName)),
    'dialog.pickOpenFile': async ({ purpose }) => choice(`open:${purpose}`, await host.pickOpenFile?.(purpose)),
    'app.diagnostics': async () => {
      const core = `Dyade ${app.version} (${app.platform}); the core in its worker on Node ${process.versions.node}`;
      return { text: host.diagnostics ? `${await host.diagnostics()}\n` : `${core}\n` };
    },
    'clipboard.copy': async ({ text, clearAfterSeconds }) => {
      if (!host.copyText) throw new AppError('INTERNAL', 'There is no clipboard here.', { reason: 'clipboard-unavailable' });
      await host.copyText(text, clearAfterSeconds * 1000);
      return { clearAfterSeconds };
    },
  };
}
