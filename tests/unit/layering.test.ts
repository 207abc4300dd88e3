import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'eslint.config.js' });

async function layeringErrors(source: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'dyade/layering').map((message) => message.message);
}

describe('layering rule', () => {
  it.each([
    ['renderer/src/features/cases/CaseList.tsx', "import { createCore } from '../../../../electron/core/index';", 'renderer may not import electron/core'],
    ['renderer/src/App.tsx', "import { createCore } from '../../electron/core/index';", 'renderer may not import electron/core'],
    ['renderer/src/App.tsx', "import { ipcRenderer } from 'electron';", "renderer may not import the 'electron' package"],
    ['renderer/src/App.tsx', "import { readFile } from 'node:fs';", 'renderer may not import Node built-ins'],
    ['renderer/src/App.tsx', "import { readFile } from 'fs';", 'renderer may not import Node built-ins'],
    ['renderer/src/App.tsx', "import type { Core } from '../../electron/core/index';", 'renderer may not import electron/core'],
    ['renderer/src/App.tsx', "const m = import('../../electron/main/menu');", 'renderer may not import electron/main'],
    ['electron/core/vault/open.ts', "import { app } from 'electron';", "electron/core may not import the 'electron' package"],
    ['electron/core/handlers.ts', "import { menuTemplate } from '../main/menu';", 'electron/core may not import electron/main'],
    ['electron/cli/commands.ts', "import { BrowserWindow } from 'electron';", "electron/cli may not import the 'electron' package"],
    ['shared/domain/factors.ts', "import { readFileSync } from 'node:fs';", 'shared may not import Node built-ins'],
    ['shared/domain/factors.ts', "import { useState } from 'react';", 'shared may not import React and UI packages'],
    ['shared/domain/factors.ts', "import { app } from 'electron';", "shared may not import the 'electron' package"],
    ['shared/domain/factors.ts', "export * from '../../renderer/src/api';", 'shared may not import renderer'],
    ['electron/preload/index.ts', "import { createCore } from '../core/index';", 'electron/preload may not import electron/core'],
    ['electron/preload/index.ts', "import { z } from 'zod';", 'electron/preload may not import npm packages'],
    ['electron/preload/index.ts', "const fs = require('node:fs');", 'electron/preload may not import Node built-ins'],
    ['electron/main/index.ts', "import { App } from '../../renderer/src/App';", 'electron/main may not import renderer'],
    ['electron/main/index.ts', "import { createBridge } from '../preload/bridge';", 'electron/main may not import electron/preload'],
    ['electron/main/index.ts', "import { x } from '../../../shared/design/x';", 'electron/main may not import files outside the project'],
  ])('reports bad layering in %s: %s', async (file, source, expected) => {
    const errors = await layeringErrors(source, file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`Bad layering: ${expected}`);
  });

  it.each([
    ['renderer/src/App.tsx', "import { contract } from '../../shared/contract';\nimport { useState } from 'react';"],
    ['electron/core/vault/open.ts', "import { readFile } from 'node:fs/promises';\nimport { contract } from '../../../shared/contract';\nimport Database from 'better-sqlite3-multiple-ciphers';"],
    ['electron/cli/commands.ts', "import { createCore } from '../core/index';"],
    ['electron/main/index.ts', "import { app } from 'electron';\nimport { createCore } from '../core/index';\nimport { join } from 'node:path';"],
    ['electron/preload/index.ts', "import { contextBridge } from 'electron';\nimport { IPC_INVOKE_CHANNEL } from '../../shared/ipc';"],
    ['shared/domain/factors.ts', "import { z } from 'zod';\nimport { LOCALES } from '../contract';"],
    ['tests/unit/anything.test.ts', "import { app } from 'electron';\nimport { createCore } from '../../electron/core/index';\nimport { App } from '../../renderer/src/App';"],
  ])('allows the imports %s may make', async (file, source) => {
    expect(await layeringErrors(source, file)).toEqual([]);
  });
});
