import { LOCALES, type Locale } from '../../shared/contract';
import type { Handlers } from './dispatch';
import { AppError } from './errors';
import type { CoreOptions } from './host';
import type { AppSettings } from './services/settings';

export interface Services {
  settings: AppSettings;
}

export function pickLocale(saved: Locale | undefined, systemLocale: string): Locale {
  if (saved) return saved;
  const lang = systemLocale.toLowerCase().slice(0, 2);
  return (LOCALES as readonly string[]).includes(lang) && lang === 'en' ? 'en' : 'nl';
}

const notYet = (method: string) => () => {
  throw new AppError('INTERNAL', `${method} is not implemented yet`);
};

/** The handler table: each contract method → the service that answers it. */
export function createHandlers(options: CoreOptions, services: Services): Handlers {
  const { settings } = services;
  return {
    'app.info': async () => ({
      name: options.app.name,
      version: options.app.version,
      platform: options.app.platform,
      locale: pickLocale(await settings.locale(), options.app.systemLocale),
    }),
    'app.setLocale': async ({ locale }) => {
      await settings.setLocale(locale);
      options.host.onLocaleChanged?.(locale);
      options.host.emit('app.localeChanged', { locale });
      return { locale };
    },
    'dialog.pickFolder': async ({ purpose }) => ({ path: await options.host.pickFolder(purpose) }),
    'vaults.list': () => settings.knownVaults(),
    'vaults.forget': async ({ path }) => {
      await settings.forget(path);
      return null;
    },
    'vaults.inspect': notYet('vaults.inspect'),
    'vaults.add': notYet('vaults.add'),
    'vault.create': notYet('vault.create'),
    'vault.unlock': notYet('vault.unlock'),
    'vault.unlockWithRecovery': notYet('vault.unlockWithRecovery'),
    'vault.lock': notYet('vault.lock'),
    'vault.status': () => ({ unlocked: false, session: null }),
    'vault.setIdleLock': notYet('vault.setIdleLock'),
    'vault.touch': () => null,
    'vault.verify': notYet('vault.verify'),
    'vault.backup': notYet('vault.backup'),
    'vault.backups': notYet('vault.backups'),
    'vault.restore': notYet('vault.restore'),
    'members.list': notYet('members.list'),
    'members.add': notYet('members.add'),
    'members.remove': notYet('members.remove'),
    'members.changePassphrase': notYet('members.changePassphrase'),
    'members.resetPassphrase': notYet('members.resetPassphrase'),
    'recovery.regenerate': notYet('recovery.regenerate'),
    'audit.list': notYet('audit.list'),
  };
}
