import { LOCALES, type Locale, type MethodName } from '../../shared/contract';
import type { Handler, Handlers } from './dispatch';
import type { CoreInternals } from './host';
import type { CasesService } from './services/cases';
import type { MapService } from './services/map';
import type { MembersService } from './services/members';
import type { AppSettings } from './services/settings';
import type { VaultService } from './services/vault';
import { listAudit } from './services/audit';
import { exchangeHandlers } from './handlers/exchange';
import { journalHandlers } from './handlers/journal';
import { sessionHandlers } from './handlers/sessions';
import { mapDatabaseError } from './vault/database';

export interface Services {
  settings: AppSettings;
  vault: VaultService;
  members: MembersService;
  cases: CasesService;
  map: MapService;
}

export function pickLocale(saved: Locale | undefined, systemLocale: string): Locale {
  if (saved) return saved;
  const lang = systemLocale.toLowerCase().slice(0, 2);
  return (LOCALES as readonly string[]).includes(lang) && lang === 'en' ? 'en' : 'nl';
}

/** The handler table: each contract method → the service that answers it. */
export function createHandlers(options: CoreInternals, services: Services): Handlers {
  const { settings, vault, members, cases, map } = services;

  /** Vault work runs one operation at a time, with SQLite and file errors mapped to contract codes. */
  const serial =
    <M extends MethodName>(handler: Handler<M>): Handler<M> =>
    (input) =>
      vault.exclusive(async () => {
        try {
          return await handler(input);
        } catch (error) {
          throw mapDatabaseError(error);
        }
      });

  const context = { options, vault, cases, map, serial };
  return {
    ...sessionHandlers(context),
    ...journalHandlers(context),
    ...exchangeHandlers(context),
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
    'vaults.inspect': serial<'vaults.inspect'>(({ path }) => vault.inspect(path)),
    'vaults.add': serial<'vaults.add'>(({ path }) => vault.addKnown(path)),
    'vault.create': serial<'vault.create'>((input) => vault.create(input)),
    'vault.unlock': serial<'vault.unlock'>((input) => vault.unlock(input)),
    'vault.unlockWithRecovery': serial<'vault.unlockWithRecovery'>((input) => vault.unlockWithRecovery(input)),
    'vault.lock': serial<'vault.lock'>(async () => {
      await vault.lockNow('user');
      return null;
    }),
    'vault.status': () => vault.status(),
    'vault.setIdleLock': serial<'vault.setIdleLock'>(({ minutes }) => vault.setIdleLock(minutes)),
    // Activity itself is noted by the core for every call except vault.status (see index.ts).
    'vault.touch': () => null,
    'vault.verify': serial<'vault.verify'>(() => vault.verify()),
    'vault.backup': serial<'vault.backup'>(({ folder }) => vault.backup(folder)),
    'vault.backups': serial<'vault.backups'>(() => vault.backups()),
    'vault.restore': serial<'vault.restore'>(({ backupPath, folder }) => vault.restore(backupPath, folder)),
    'members.list': serial<'members.list'>(() => members.list()),
    'members.add': serial<'members.add'>((input) => members.add(input)),
    'members.remove': serial<'members.remove'>(({ memberId }) => members.remove(memberId)),
    'members.changePassphrase': serial<'members.changePassphrase'>((input) => members.changePassphrase(input)),
    'members.resetPassphrase': serial<'members.resetPassphrase'>(({ passphrase }) => members.resetPassphrase(passphrase)),
    'recovery.regenerate': serial<'recovery.regenerate'>(() => members.regenerateRecovery()),
    'audit.list': serial<'audit.list'>((input) => listAudit(vault.session().db, input)),
    'cases.list': serial<'cases.list'>((input) => cases.list(input)),
    'cases.get': serial<'cases.get'>(({ id }) => cases.get(id)),
    'cases.create': serial<'cases.create'>((input) => cases.create(input)),
    'cases.update': serial<'cases.update'>((input) => cases.update(input)),
    'cases.setStatus': serial<'cases.setStatus'>((input) => cases.setStatus(input)),
    'cases.delete': serial<'cases.delete'>((input) => cases.delete(input)),
    'people.save': serial<'people.save'>((input) => cases.savePerson(input)),
    'people.remove': serial<'people.remove'>(({ id }) => cases.removePerson(id)),
    'factors.save': serial<'factors.save'>((input) => map.saveFactor(input)),
    'factors.place': serial<'factors.place'>((input) => map.placeFactor(input)),
    'factors.remove': serial<'factors.remove'>(({ id }) => map.removeFactor(id)),
    'chain.save': serial<'chain.save'>((input) => map.saveChainPartner(input)),
    'chain.remove': serial<'chain.remove'>(({ id }) => map.removeChainPartner(id)),
    'snapshots.take': serial<'snapshots.take'>(({ caseId, label }) => map.takeSnapshot(caseId, 'manual', label)),
    'snapshots.get': serial<'snapshots.get'>(({ id }) => map.getSnapshot(id)),
  };
}
