import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

// Building a program loads the lib and @types files: seconds on an idle machine, more on a busy one.
const TIMEOUT = 120_000;

/** Lib and @types files parsed once for all probes: they are the same files in every layer. */
const parsedFiles = new Map<string, ts.SourceFile | undefined>();

/** TypeScript's errors for `source` as a file in a layer's folder, type-checked with that layer's tsconfig. */
function typeErrors(config: string, filePath: string, source: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(`${root}${config}`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error(`cannot read ${config}`);
  // The probe exists only in memory, so it is checked alone and nothing is written to the tree.
  const options: ts.CompilerOptions = { ...parsed.options, composite: false, declaration: false, emitDeclarationOnly: false, noEmit: true };
  const probe = `${root}${filePath}`;
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    if (fileName === probe) return ts.createSourceFile(fileName, source, languageVersion, true);
    if (!parsedFiles.has(fileName)) parsedFiles.set(fileName, getSourceFile(fileName, languageVersion, ...rest));
    return parsedFiles.get(fileName);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName === probe || fileExists(fileName);
  const program = ts.createProgram({ rootNames: [probe], options, host });
  const diagnostics = [...program.getOptionsDiagnostics(), ...program.getSemanticDiagnostics(program.getSourceFile(probe))];
  return diagnostics.map((diagnostic) => `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
}

describe('each layer is type-checked with only the runtime it has', () => {
  it(
    'shared has neither DOM nor Node types',
    () => {
      const config = 'tsconfig.shared.json';
      expect(typeErrors(config, 'shared/type-probe.ts', 'export const size = new Map<string, number>().size;')).toEqual([]);
      expect(typeErrors(config, 'shared/type-probe.ts', 'export const title = document.title;').join()).toContain("Cannot find name 'document'");
      expect(typeErrors(config, 'shared/type-probe.ts', "export { readFileSync } from 'node:fs';").join()).toContain("Cannot find module 'node:fs'");
      expect(typeErrors(config, 'shared/type-probe.ts', 'export const pid = process.pid;').join()).toContain("Cannot find name 'process'");
    },
    TIMEOUT,
  );

  it(
    'the renderer has DOM types but no Node types',
    () => {
      const config = 'tsconfig.renderer.json';
      expect(typeErrors(config, 'renderer/src/type-probe.ts', 'export const title = document.title;')).toEqual([]);
      expect(typeErrors(config, 'renderer/src/type-probe.ts', "export { readFileSync } from 'node:fs';").join()).toContain("Cannot find module 'node:fs'");
      expect(typeErrors(config, 'renderer/src/type-probe.ts', 'export const pid = process.pid;').join()).toContain("Cannot find name 'process'");
    },
    TIMEOUT,
  );

  it(
    'electron (core, main, cli, preload) has Node types but no DOM types',
    () => {
      const config = 'tsconfig.electron.json';
      expect(typeErrors(config, 'electron/core/type-probe.ts', "export { readFileSync } from 'node:fs';")).toEqual([]);
      expect(typeErrors(config, 'electron/core/type-probe.ts', 'export const title = document.title;').join()).toContain("Cannot find name 'document'");
      expect(typeErrors(config, 'electron/main/type-probe.ts', 'export const href = window.location.href;').join()).toContain("Cannot find name 'window'");
    },
    TIMEOUT,
  );
});
