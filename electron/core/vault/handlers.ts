import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { listAudit } from './audit';
import { exportAudit, searchAudit } from './auditSearch';
import { addMember, changePassphrase, listMembers, regenerateRecovery, removeMember, resetPassphrase, rotateKeyNow } from './members';
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
export function vaultHandlers({ read, write, exclusive }: HandlerKit, vaults: Vaults): HandlersFor<VaultMethod> {
  const { session, settings } = vaults;
  return {
    'vaults.list': () => settings.knownVaults(),
    'vaults.inspect': exclusive(inspectVault),
    'vaults.add': exclusive((input) => addKnownVault(vaults, input)),
    'vaults.forget': async ({ path }) => {
      await settings.forget(path);
      return null;
    },
    'vault.create': exclusive((input) => createVault(vaults, input)),
    'vault.unlock': exclusive((input) => unlockVault(vaults, input)),
    'vault.unlockWithRecovery': exclusive((input) => unlockVaultWithRecovery(vaults, input)),
    'vault.lock': exclusive(async () => {
      await session.lockNow('user');
      return null;
    }),
    'vault.status': () => session.status(),
    // Activity itself is noted by the core for every call except vault.status (see index.ts).
    'vault.touch': () => null,
    'vault.setIdleLock': write((ctx, input) => setIdleLock(ctx, session, input)),
    'vault.verify': write((ctx) => verifyVault(ctx, session)),
    'vault.backup': exclusive(({ folder }) => session.backup(folder)),
    'vault.backups': read(() => listBackups(session)),
    'vault.restore': exclusive((input) => restoreVault(vaults, input)),
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
    'audit.export': write(exportAudit),
  };
}
