// Lint for Dyade: typescript-eslint's recommended rules, React hooks in the renderer, and the
// layering rule that keeps each runtime to the imports it may use (ARCHITECTURE.md, "Layering rule").
import { builtinModules } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));
const UI_PACKAGE = /^(react|react-dom|react-i18next|radix-ui|@radix-ui\/[^/]+|@tanstack\/react-[^/]+)(\/|$)/;

/** What each layer may import; `self` is always allowed. */
const ALLOWED = {
  shared: ['shared', 'npm'],
  core: ['shared', 'node', 'npm'],
  cli: ['core', 'shared', 'node', 'npm'],
  main: ['core', 'shared', 'electron', 'node', 'npm'],
  preload: ['shared', 'electron'],
  renderer: ['shared', 'npm', 'ui'],
};

/** Where a repository path belongs, or null outside the layered folders (tests, config files). */
function layerOfPath(relativePath) {
  const p = relativePath.split(path.sep).join('/');
  if (p === 'shared' || p.startsWith('shared/')) return 'shared';
  if (p.startsWith('electron/core/') || p === 'electron/core') return 'core';
  if (p.startsWith('electron/cli/') || p === 'electron/cli') return 'cli';
  if (p.startsWith('electron/main/') || p === 'electron/main') return 'main';
  if (p.startsWith('electron/preload/') || p === 'electron/preload') return 'preload';
  if (p.startsWith('renderer/') || p === 'renderer') return 'renderer';
  if (p.startsWith('tests/')) return 'tests';
  if (p.startsWith('electron/')) return 'electron-other';
  return 'root';
}

/** The kind of thing an import specifier names, resolved against the importing file. */
function targetOf(specifier, filename, root) {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const resolved = path.resolve(path.dirname(filename), specifier);
    const fromRoot = path.relative(root, resolved);
    if (fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return { kind: 'outside', label: specifier };
    return { kind: layerOfPath(fromRoot), label: fromRoot.split(path.sep).join('/') };
  }
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0])) return { kind: 'node', label: specifier };
  if (specifier === 'electron' || specifier.startsWith('electron/')) return { kind: 'electron', label: specifier };
  if (UI_PACKAGE.test(specifier)) return { kind: 'ui', label: specifier };
  return { kind: 'npm', label: specifier };
}

const DESCRIPTIONS = {
  shared: 'shared',
  core: 'electron/core',
  cli: 'electron/cli',
  main: 'electron/main',
  preload: 'electron/preload',
  renderer: 'renderer',
  tests: 'tests',
  node: 'Node built-ins',
  electron: "the 'electron' package",
  npm: 'npm packages',
  ui: 'React and UI packages',
  outside: 'files outside the project',
  root: 'root config files',
  'electron-other': 'other electron/ folders',
};

const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only the layers ARCHITECTURE.md allows (like VS Code\'s "Bad layering").' },
    schema: [],
    messages: {
      badLayering: 'Bad layering: {{layer}} may not import {{target}} ("{{specifier}}"). It may import: {{allowed}}.',
    },
  },
  create(context) {
    const root = context.cwd;
    const layer = layerOfPath(path.relative(root, context.filename));
    const allowed = ALLOWED[layer];
    if (!allowed) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const target = targetOf(source.value, context.filename, root);
      if (target.kind === layer || allowed.includes(target.kind)) return;
      context.report({
        node,
        messageId: 'badLayering',
        data: {
          layer: DESCRIPTIONS[layer],
          target: DESCRIPTIONS[target.kind] ?? target.kind,
          specifier: source.value,
          allowed: [layer, ...allowed].map((kind) => DESCRIPTIONS[kind]).join(', '),
        },
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
      TSImportEqualsDeclaration: (node) =>
        check(node, node.moduleReference.type === 'TSExternalModuleReference' ? node.moduleReference.expression : null),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0]);
        }
      },
    };
  },
};

// Product code never talks to a network: no HTTP clients, sockets or update machinery.
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'Dyade never uses the network; data stays on the device.',
}));
const NETWORK_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns'].flatMap((name) => [name, `node:${name}`]);

export default defineConfig(
  { ignores: ['out/**', 'dist/**', '.tsbuild/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'bench-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { dyade: { rules: { layering: layeringRule } } },
    rules: {
      'dyade/layering': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**', 'electron/**', 'renderer/**'],
    rules: {
      'no-restricted-globals': ['error', ...NETWORK_GLOBALS],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NETWORK_MODULES.map((name) => ({ name, message: 'Dyade never uses the network; data stays on the device.' })),
            { name: 'electron-updater', message: 'Dyade has no auto-update: nothing leaves the device.' },
          ],
        },
      ],
    },
  },
  { files: ['shared/**'], languageOptions: { globals: { ...globals['shared-node-browser'] } } },
  { files: ['electron/core/**', 'electron/cli/**', 'electron/main/**'], languageOptions: { globals: { ...globals.node } } },
  { files: ['electron/preload/**'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['renderer/**'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['tests/**', '*.{js,mjs,cjs,ts}', 'resources/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
