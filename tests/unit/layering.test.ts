import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'eslint.config.js' });

async function layeringErrors(source: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'dyade/layering').map((message) => message.message);
}

// Loading the config (typescript-eslint, React hooks) is the slow part: once, with room for busy cores.
const SLOW_MS = 60_000;

describe('layering rule', { timeout: SLOW_MS }, () => {
  beforeAll(async () => {
    await layeringErrors('', 'shared/warm-up.ts');
  }, SLOW_MS);

  it.each([
    [
      'renderer/src/features/cases/CaseList.tsx',
      "import { createCore } from '../../../../electron/core/index';",
      'renderer/src/features may not import electron/core',
    ],
    ['renderer/src/app/App.tsx', "import { createCore } from '../../../electron/core/index';", 'renderer/src/app may not import electron/core'],
    ['renderer/src/app/App.tsx', "import { ipcRenderer } from 'electron';", "renderer/src/app may not import the 'electron' package"],
    ['renderer/src/app/App.tsx', "import { readFile } from 'node:fs';", 'renderer/src/app may not import Node built-ins'],
    ['renderer/src/app/App.tsx', "import { readFile } from 'fs';", 'renderer/src/app may not import Node built-ins'],
    ['renderer/src/app/App.tsx', "import type { Core } from '../../../electron/core/index';", 'renderer/src/app may not import electron/core'],
    ['renderer/src/app/App.tsx', "const m = import('../../../electron/main/menu');", 'renderer/src/app may not import electron/main'],
    ['renderer/src/lib/api.ts', "import { ipcRenderer } from 'electron';", "renderer/src/lib may not import the 'electron' package"],
    ['renderer/src/ui/Modal.tsx', "import { readFile } from 'node:fs';", 'renderer/src/ui may not import Node built-ins'],
    ['electron/core/vault/open.ts', "import { app } from 'electron';", "electron/core may not import the 'electron' package"],
    ['electron/core/handlers.ts', "import { menuTemplate } from '../main/menu';", 'electron/core may not import electron/main'],
    ['electron/cli/commands.ts', "import { BrowserWindow } from 'electron';", "electron/cli may not import the 'electron' package"],
    ['shared/domain/factors.ts', "import { readFileSync } from 'node:fs';", 'shared may not import Node built-ins'],
    ['shared/domain/factors.ts', "import { useState } from 'react';", 'shared may not import React and UI packages'],
    ['shared/domain/factors.ts', "import { app } from 'electron';", "shared may not import the 'electron' package"],
    ['shared/domain/factors.ts', "export * from '../../renderer/src/lib/api';", 'shared may not import renderer/src/lib'],
    ['electron/preload/index.ts', "import { createCore } from '../core/index';", 'electron/preload may not import electron/core'],
    ['electron/preload/index.ts', "import { z } from 'zod';", 'electron/preload may not import npm packages'],
    ['electron/preload/index.ts', "const fs = require('node:fs');", 'electron/preload may not import Node built-ins'],
    ['electron/main/index.ts', "import { App } from '../../renderer/src/app/App';", 'electron/main may not import renderer/src/app'],
    ['electron/main/index.ts', "import { createBridge } from '../preload/bridge';", 'electron/main may not import electron/preload'],
    ['electron/main/index.ts', "import { x } from '../../../shared/design/x';", 'electron/main may not import files outside the project'],
  ])('reports bad layering in %s: %s', async (file, source, expected) => {
    const errors = await layeringErrors(source, file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`Bad layering: ${expected}`);
  });

  it.each([
    ['renderer/src/app/App.tsx', "import { contract } from '../../../shared/contract';\nimport { useState } from 'react';"],
    [
      'electron/core/vault/open.ts',
      "import { readFile } from 'node:fs/promises';\nimport { contract } from '../../../shared/contract';\nimport Database from 'better-sqlite3-multiple-ciphers';",
    ],
    ['electron/cli/commands.ts', "import { createCore } from '../core/index';"],
    ['electron/main/index.ts', "import { app } from 'electron';\nimport { createCore } from '../core/index';\nimport { join } from 'node:path';"],
    ['electron/preload/index.ts', "import { contextBridge } from 'electron';\nimport { IPC_INVOKE_CHANNEL } from '../../shared/ipc';"],
    ['shared/domain/factors.ts', "import { z } from 'zod';\nimport { LOCALES } from '../contract';"],
    [
      'tests/unit/anything.test.ts',
      "import { app } from 'electron';\nimport { createCore } from '../../electron/core/index';\nimport { App } from '../../renderer/src/app/App';\nimport { parseMarkdown } from '../../renderer/src/features/journal/markdown';",
    ],
  ])('allows the imports %s may make', async (file, source) => {
    expect(await layeringErrors(source, file)).toEqual([]);
  });

  describe('inside the renderer: app → features (index only) → lib, ui; lib and ui never up', () => {
    it.each([
      ['renderer/src/ui/SaveState.tsx', "import type { SaveState } from '../features/cases/autosave';", 'renderer/src/ui may not import renderer/src/features'],
      ['renderer/src/ui/Modal.tsx', "import { CasePage } from '../features/cases';", 'renderer/src/ui may not import renderer/src/features'],
      ['renderer/src/ui/ErrorText.tsx', "import { ApiError } from '../lib/api';", 'renderer/src/ui may not import renderer/src/lib'],
      ['renderer/src/ui/Logo.tsx', "import { App } from '../app/App';", 'renderer/src/ui may not import renderer/src/app'],
      ['renderer/src/lib/autosave.ts', "import { CasePage } from '../features/cases';", 'renderer/src/lib may not import renderer/src/features'],
      ['renderer/src/lib/files.ts', "import { fileNameFor } from '../features/exchange/saveFile';", 'renderer/src/lib may not import renderer/src/features'],
      ['renderer/src/lib/i18n.ts', "import { LanguageSwitch } from '../ui/LanguageSwitch';", 'renderer/src/lib may not import renderer/src/ui'],
      ['renderer/src/lib/router.ts', "import { App } from '../app/App';", 'renderer/src/lib may not import renderer/src/app'],
      ['renderer/src/features/cases/CasePage.tsx', "import { Sidebar } from '../../app/Sidebar';", 'renderer/src/features may not import renderer/src/app'],
      [
        'renderer/src/features/map/ChainPanel.tsx',
        "import { useAutosave } from '../cases/autosave';",
        "feature 'map' may import feature 'cases' only through its index.ts",
      ],
      [
        'renderer/src/features/reports/useReportSaver.ts',
        "import { fileNameFor } from '../exchange/saveFile';",
        "feature 'reports' may import feature 'exchange' only through its index.ts",
      ],
      [
        'renderer/src/features/search/SearchPage.tsx',
        "import '../journal/journal.css';",
        "feature 'search' may import feature 'journal' only through its index.ts",
      ],
      [
        'renderer/src/features/sessions/SessionRunner.tsx',
        "const m = import('../map/MapWorkspace');",
        "feature 'sessions' may import feature 'map' only through its index.ts",
      ],
      [
        'renderer/src/features/reports/index.ts',
        "export { ExportDialog } from '../exchange/ExportDialog';",
        "feature 'reports' may import feature 'exchange' only through its index.ts",
      ],
      [
        'renderer/src/app/App.tsx',
        "import { CasePage } from '../features/cases/CasePage';",
        "renderer/src/app may import feature 'cases' only through its index.ts",
      ],
      [
        'renderer/src/main.tsx',
        "import { StartScreen } from './features/vaults/StartScreen';",
        "renderer/src/app may import feature 'vaults' only through its index.ts",
      ],
      // Feature indexes in both directions would be a cycle: the lower feature may not import the higher.
      [
        'renderer/src/features/map/MapWorkspace.tsx',
        "import { CasePage } from '../cases';",
        "feature 'map' may not import feature 'cases', which is above it in FEATURE_ORDER (no cycles)",
      ],
      [
        'renderer/src/features/exchange/ExportDialog.tsx',
        "import { CaseShareMenu } from '../reports/index';",
        "feature 'exchange' may not import feature 'reports', which is above it in FEATURE_ORDER (no cycles)",
      ],
      ['renderer/src/features/cases/CasePage.tsx', "import { Invoice } from '../billing';", "feature 'billing' is not in FEATURE_ORDER"],
      ['renderer/src/features/billing/Invoice.tsx', "import { CasePage } from '../cases';", "feature 'billing' is not in FEATURE_ORDER"],
    ])('reports bad layering in %s: %s', async (file, source, expected) => {
      const errors = await layeringErrors(source, file);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`Bad layering: ${expected}`);
    });

    it.each([
      [
        'renderer/src/features/cases/CasePage.tsx',
        "import { HistoryView } from '../map';\nimport { CaseShareMenu } from '../reports/index';\nimport { PeoplePanel } from './PeoplePanel';\nimport { useAutosave } from '../../lib/autosave';\nimport { Modal } from '../../ui/Modal';\nimport type { Case } from '../../../../shared/domain/case';\nimport { useQuery } from '@tanstack/react-query';",
      ],
      ['renderer/src/features/reports/PrintView.tsx', "import '../exchange';\nimport './print.css';"],
      ['renderer/src/features/journal/index.ts', "import './journal.css';\nexport { JournalPage } from './JournalPage';"],
      [
        'renderer/src/app/App.tsx',
        "import { CasePage } from '../features/cases';\nimport { call } from '../lib/api';\nimport { Modal } from '../ui/Modal';\nimport { Sidebar } from './Sidebar';\nimport { contract } from '../../../shared/contract';",
      ],
      ['renderer/src/main.tsx', "import { App } from './app/App';\nimport { initI18n } from './lib/i18n';\nimport './styles.css';"],
      [
        'renderer/src/lib/i18n.ts',
        "import i18next from 'i18next';\nimport { useMutation } from '@tanstack/react-query';\nimport { call } from './api';\nimport { translations } from '../../../shared/i18n';",
      ],
      [
        'renderer/src/ui/LanguageSwitch.tsx',
        "import { ToggleGroup } from 'radix-ui';\nimport { LOCALES } from '../../../shared/contract';\nimport { Field } from './Field';",
      ],
    ])('allows the imports %s may make', async (file, source) => {
      expect(await layeringErrors(source, file)).toEqual([]);
    });
  });
});
