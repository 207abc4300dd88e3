/** Child process: try to unlock a vault through a fresh core (in its worker, as in the app) and print the result code. */
import { startCoreWorker } from '../../../electron/core/worker/client';
import { TEST_KDF } from './vaultFixture';

const [folder, memberId, passphrase, settingsFile] = process.argv.slice(2);
const core = startCoreWorker(
  {
    app: { name: 'Dyade', version: 'test', platform: process.platform, systemLocale: 'en' },
    settingsFile: settingsFile ?? '',
    host: { pickFolder: async () => folder ?? null, emit: () => undefined },
  },
  { kdf: TEST_KDF },
);
// The vault's folder, chosen as in "Kluismap openen…", so this core knows it.
const chosen = await core.dispatch('dialog.pickFolder', { purpose: 'openVault' });
if (chosen.ok) await core.dispatch('vaults.add', { folder: (chosen.value as { token: string }).token });
const result = await core.dispatch('vault.unlock', { path: folder, memberId, passphrase });
process.stdout.write(JSON.stringify(result.ok ? { ok: true } : { ok: false, code: result.error.code }));
await core.shutdown();
