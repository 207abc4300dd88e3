// Lint for Dyade: typescript-eslint's recommended rules, React hooks in the renderer, and the
// layering rule that keeps each runtime to the imports it may use (README.md, "Architecture").
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
  main: ['core', 'cli', 'shared', 'electron', 'node', 'npm'],
  preload: ['shared', 'electron'],
  // The renderer's own layers (README.md, "Architecture"): app → features → lib, ui; ui and lib never a feature.
  'renderer-app': ['renderer-feature', 'renderer-lib', 'renderer-ui', 'shared', 'npm', 'ui'],
  'renderer-feature': ['renderer-feature', 'renderer-lib', 'renderer-ui', 'shared', 'npm', 'ui'],
  'renderer-lib': ['shared', 'npm', 'ui'],
  'renderer-ui': ['shared', 'npm', 'ui'],
};

/**
 * Features from the bottom up: a feature imports only features listed before it, so they form no cycle.
 * A new feature folder is reported until it is placed here.
 */
const FEATURE_ORDER = ['exchange', 'map', 'care', 'hypotheses', 'journal', 'vaults', 'reports', 'meldcode', 'cases', 'search', 'sessions', 'settings'];

/** Where a repository path belongs, or null outside the layered folders (tests, config files). */
function layerOfPath(relativePath) {
  const p = relativePath.split(path.sep).join('/');
  if (p === 'shared' || p.startsWith('shared/')) return 'shared';
  if (p.startsWith('electron/core/') || p === 'electron/core') return 'core';
  if (p.startsWith('electron/cli/') || p === 'electron/cli') return 'cli';
  if (p.startsWith('electron/main/') || p === 'electron/main') return 'main';
  if (p.startsWith('electron/preload/') || p === 'electron/preload') return 'preload';
  if (p.startsWith('renderer/src/features/')) return 'renderer-feature';
  if (p.startsWith('renderer/src/lib/')) return 'renderer-lib';
  if (p.startsWith('renderer/src/ui/')) return 'renderer-ui';
  // The shell, and the files beside it (main.tsx mounts it with the global stylesheet).
  if (p.startsWith('renderer/src/app/') || /^renderer\/src\/[^/]+$/.test(p)) return 'renderer-app';
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

/** The feature a repository path lies in, and the path inside it ('index' for its public face). */
function featureOfPath(label) {
  const match = /^renderer\/src\/features\/([^/]+)(?:\/(.*))?$/.exec(label);
  if (!match) return null;
  const inner = (match[2] ?? 'index').replace(/\.(tsx?|jsx?)$/, '');
  return { feature: match[1], inner };
}

/** Why an import into a feature breaks the feature rules, or null when it keeps them. */
function featureProblem(fromLabel, target) {
  const to = featureOfPath(target.label);
  if (!to) return null;
  const from = featureOfPath(fromLabel);
  if (from && from.feature === to.feature) return null;
  const who = from ? `feature '${from.feature}'` : 'renderer/src/app';
  if (to.inner !== 'index') return `${who} may import feature '${to.feature}' only through its index.ts`;
  if (!from) return null;
  const fromRank = FEATURE_ORDER.indexOf(from.feature);
  const toRank = FEATURE_ORDER.indexOf(to.feature);
  if (fromRank < 0 || toRank < 0) {
    return `feature '${fromRank < 0 ? from.feature : to.feature}' is not in FEATURE_ORDER (eslint.config.js); place it there`;
  }
  if (toRank > fromRank) {
    return `feature '${from.feature}' may not import feature '${to.feature}', which is above it in FEATURE_ORDER (no cycles)`;
  }
  return null;
}

const DESCRIPTIONS = {
  shared: 'shared',
  core: 'electron/core',
  cli: 'electron/cli',
  main: 'electron/main',
  preload: 'electron/preload',
  renderer: 'renderer',
  'renderer-app': 'renderer/src/app',
  'renderer-feature': 'renderer/src/features',
  'renderer-lib': 'renderer/src/lib',
  'renderer-ui': 'renderer/src/ui',
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
    docs: { description: 'Each layer imports only the layers README.md ("Architecture") allows (like VS Code\'s "Bad layering").' },
    schema: [],
    messages: {
      badLayering: 'Bad layering: {{layer}} may not import {{target}} ("{{specifier}}"). It may import: {{allowed}}.',
      badFeatureImport: 'Bad layering: {{problem}} ("{{specifier}}").',
    },
  },
  create(context) {
    const root = context.cwd;
    const fromLabel = path.relative(root, context.filename).split(path.sep).join('/');
    const layer = layerOfPath(fromLabel);
    const allowed = ALLOWED[layer];
    if (!allowed) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const target = targetOf(source.value, context.filename, root);
      if (target.kind === 'renderer-feature' && (layer === 'renderer-app' || layer === 'renderer-feature')) {
        const problem = featureProblem(fromLabel, target);
        if (problem) context.report({ node, messageId: 'badFeatureImport', data: { problem, specifier: source.value } });
        return;
      }
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
      TSImportEqualsDeclaration: (node) => check(node, node.moduleReference.type === 'TSExternalModuleReference' ? node.moduleReference.expression : null),
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
