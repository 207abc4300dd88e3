import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import log from 'electron-log/node';
import { describe, expect, it } from 'vitest';
import { createAppLog, errorRecord, LOG_FILE } from '../../electron/main/app-log';

describe('the local log', () => {
  it('records the context, code and stack of an error, never the text it carried', () => {
    const error = Object.assign(new Error(`UNIQUE constraint failed: "Familie Eik woont in de Dorpsstraat 12" and 'kwartel fiets'`), {
      code: 'SQLITE_CONSTRAINT',
    });
    const line = errorRecord('ipc.invoke', error);
    expect(line).toMatch(/^ipc\.invoke SQLITE_CONSTRAINT Error: UNIQUE constraint failed: … and …/);
    expect(line).not.toContain('Familie Eik');
    expect(line).not.toContain('kwartel');
    expect(line).toContain('    at ');
    expect(errorRecord('startup', 'plain text thrown')).toMatch(/^startup - Error: plain text thrown/);
  });

  it('writes errors to its own file, owner-readable, rotated at its size, and hands over versions with the newest lines', async () => {
    const folder = await fs.mkdtemp(join(tmpdir(), 'dyade-log-'));
    const logger = log.create({ logId: `test-${Date.now()}` });
    const appLog = createAppLog(logger, folder);
    logger.transports.file.maxSize = 4096;
    for (let i = 0; i < 40; i += 1) appLog.error('backup', new Error(`disk gone ${i}`));
    const names = (await fs.readdir(folder)).sort();
    expect(names).toEqual(['dyade.log', 'dyade.old.log']);
    expect((await fs.stat(join(folder, LOG_FILE))).size).toBeLessThanOrEqual(4096 + 2048);
    if (process.platform !== 'win32') expect((await fs.stat(join(folder, LOG_FILE))).mode & 0o777).toBe(0o600);
    const diagnostics = await appLog.diagnostics({ Dyade: '0.1.0', Electron: '42.11.18' });
    expect(diagnostics.startsWith('Dyade: 0.1.0\nElectron: 42.11.18\n')).toBe(true);
    expect(diagnostics).toContain('backup - Error: disk gone 39');
  });
});
