#!/usr/bin/env node
// `npx dyade …` in this repository. npm links this file as node_modules/.bin/dyade (the root's
// devDependency "dyade-cli"), so npx runs it at once. A "bin" in the root package.json would make
// npm 11's npx install the whole project into its cache on every call (over a second). The command
// itself is the build of electron/cli/bin.ts in out/cli (`npm run build`).
import { existsSync } from 'node:fs';

const built = new URL('../../out/cli/dyade.js', import.meta.url);
if (!existsSync(built)) {
  console.error('dyade: the command is not built yet. Run `npm run build` (it writes out/cli), then try again.');
  process.exit(1);
}
await import(built.href);
