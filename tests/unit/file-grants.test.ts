import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { FileGrants, GRANT_LIFETIME_MS } from '../../electron/core/app/fileGrants';
import { FileToken } from '../../shared/api/define';
import { contract, type MethodName } from '../../shared/contract';

const refusal = (reason: string) => expect.objectContaining({ code: 'FILE_CHOICE_EXPIRED', details: { reason } });

describe('file grants: the renderer holds tokens, never paths', () => {
  it('hands out an opaque token the contract accepts, good for one successful use and one purpose', async () => {
    const grants = new FileGrants();
    const token = grants.grant('save:report', '/home/anna/Verslagen/eik.md');
    expect(FileToken.safeParse(token).success).toBe(true);
    expect(token).not.toContain('eik');
    expect(() => grants.peek(token, 'save:map')).toThrow(expect.objectContaining({ code: 'FILE_CHOICE_EXPIRED' }));
    try {
      grants.peek(token, 'save:map');
    } catch (error) {
      expect(error).toEqual(refusal('other-purpose'));
    }
    // A failed attempt leaves the choice for another try; a success uses it up.
    await expect(grants.use(token, ['save:report'], async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(await grants.use(token, ['save:report'], async (path) => path)).toBe('/home/anna/Verslagen/eik.md');
    await expect(grants.use(token, ['save:report'], async (path) => path)).rejects.toEqual(refusal('unknown'));
  });

  it('forgets a choice after its lifetime and keeps at most 64 waiting', () => {
    let now = 0;
    const grants = new FileGrants(() => now);
    const old = grants.grant('newVault', '/tmp/kluis');
    now = GRANT_LIFETIME_MS;
    expect(() => grants.peek(old, 'newVault')).toThrow(expect.objectContaining({ code: 'FILE_CHOICE_EXPIRED' }));
    const first = grants.grant('openVault', '/tmp/a');
    for (let i = 0; i < 64; i += 1) grants.grant('openVault', `/tmp/${i}`);
    expect(() => grants.peek(first, 'openVault')).toThrow(expect.objectContaining({ code: 'FILE_CHOICE_EXPIRED' }));
  });

  it('no method of the contract takes a file path: each file or folder input is a token or a known vault', () => {
    // The inputs that name a place on disk, by method; anything else that looks like one fails this test.
    const tokenInputs: Partial<Record<MethodName, string[]>> = {
      'vaults.add': ['folder'],
      'vault.create': ['folder'],
      'vault.backup': ['folder'],
      'vault.restore': ['backup', 'folder'],
      'exchange.export': ['file'],
      'exchange.preview': ['file'],
      'exchange.import': ['file'],
      'reports.save': ['file'],
      'reports.savePdf': ['file'],
      'audit.export': ['file'],
    };
    const somePath = '/home/anna/.bashrc';
    for (const [method, fields] of Object.entries(tokenInputs) as Array<[MethodName, string[]]>) {
      const { shape } = contract[method].input as unknown as z.ZodObject;
      for (const field of fields) {
        expect([method, field, shape[field]?.safeParse(somePath).success]).toEqual([method, field, false]);
      }
    }
    // No input anywhere is called path or folder except the known-vault ones, which the core checks against vaults.list.
    const knownVaultPaths = new Set(['vaults.inspect', 'vaults.forget', 'vault.unlock', 'vault.unlockWithRecovery']);
    for (const method of Object.keys(contract) as MethodName[]) {
      const text = JSON.stringify(contract[method].input.toJSONSchema({ unrepresentable: 'any' }));
      if (knownVaultPaths.has(method)) continue;
      expect([method, /"(path|backupPath|destination)"/.test(text)]).toEqual([method, false]);
    }
  });
});
