import type { FileGrants } from '../app/fileGrants';
import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { listAudit } from './audit';
import { exportAudit, searchAudit } from './auditSearch';
import { addMember, changePassphrase, listMembers, regenerateRecovery, removeMember, resetPassphrase, rotateKeyNow } from './members';
import { automaticBackup } from './backup';
import {
  addKnownVault,
  createVault,
  inspectVault,
  listBackups,
  restoreVault,
  setIdleLock,
  unlockVault,
  unlockVaultWithRecovery,
  verifyVault,
  type Vaults,
} from './vaults';

type VaultMethod =
  | `vaults.${'list' | 'inspect' | 'add' | 'forget'}`
  | `vault.${'create' | 'unlock' | 'unlockWithRecovery' | 'lock' | 'status' | 'setIdleLock' | 'touch' | 'verify' | 'backup' | 'backups' | 'restore' | 'rotateKey' | 'deleteOldBackups'}`
  | `members.${'list' | 'add' | 'remove' | 'changePassphrase' | 'resetPassphrase'}`
  | 'recovery.regenerate'
  | `audit.${'list' | 'search' | 'export'}`;

/** Known vaults, the open vault's lifecycle and backups, its members and key slots, and the audit log. */
export function vaultHandlers({ read, write, exclusive }: HandlerKit, vaults: Vaults, grants: FileGrants): HandlersFor<VaultMethod> {
  const { session, settings } = vaults;
  // Folders come as tokens of a dialog's choice, or as the path of a vault this device already knows.
  const known = (path: string) => settings.requireKnown(path);
  return {
    'vaults.list': () => settings.knownVaults(),
    'vaults.inspect': exclusive(async ({ path }) => inspectVault({ path: await known(path) })),
    'vaults.add': exclusive(({ folder }) => grants.use(folder, ['openVault'], (path) => addKnownVault(vaults, { path }))),
    'vaults.forget': async ({ path }) => {
      await settings.forget(path);
      return null;
    },
    'vault.create': exclusive(({ folder, ...input }) => grants.use(folder, ['newVault'], (path) => createVault(vaults, { ...input, folder: path }))),
    'vault.unlock': exclusive(async (input) => unlockVault(vaults, { ...input, path: await known(input.path) })),
    'vault.unlockWithRecovery': exclusive(async (input) => unlockVaultWithRecovery(vaults, { ...input, path: await known(input.path) })),
    'vault.lock': exclusive(async () => {
      await session.lockNow('user');
      return null;
    }),
    'vault.status': () => session.status(),
    // Activity itself is noted by the core for every call except vault.status (see index.ts).
    'vault.touch': () => null,
    'vault.setIdleLock': write((ctx, input) => setIdleLock(ctx, session, input)),
    'vault.verify': write((ctx) => verifyVault(ctx, session)),
    'vault.backup': exclusive(({ folder }) => grants.use(folder, ['backupTarget'], (path) => session.backup(path))),
    'vault.backups': read(() => listBackups(session)),
    'vault.restore': exclusive(async ({ backup, folder }) => {
      const restoreFrom = (backupPath: string) => grants.use(folder, ['restoreTarget'], (target) => restoreVault(vaults, { backupPath, folder: target }));
      if (typeof backup === 'string') return grants.use(backup, ['restoreSource'], restoreFrom);
      return restoreFrom(await automaticBackup(await known(backup.vault), backup.backup));
    }),
    'vault.rotateKey': exclusive(() => rotateKeyNow(session)),
    'vault.deleteOldBackups': exclusive(() => session.deleteOldBackups()),
    'members.list': read(listMembers),
    'members.add': write((ctx, input) => addMember(ctx, session, input)),
    'members.remove': write((ctx, input) => removeMember(ctx, session, input)),
    'members.changePassphrase': write((ctx, input) => changePassphrase(ctx, session, input)),
    'members.resetPassphrase': write((ctx, input) => resetPassphrase(ctx, session, input)),
    'recovery.regenerate': write((ctx) => regenerateRecovery(ctx, session)),
    'audit.list': read(listAudit),
    'audit.search': read(searchAudit),
    'audit.export': write((ctx, { file, ...input }) => grants.use(file, ['save:audit'], (path) => exportAudit(ctx, { ...input, path }))),
  };
}
