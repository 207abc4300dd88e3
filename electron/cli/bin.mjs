#!/usr/bin/env node
// The CLI from source (tests, `npm run dyade`): tsx compiles the TypeScript on the fly and the core's
// worker runs from source too. The `dyade` command users run is the build of bin.ts (out/cli/dyade.js).
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
// Imported only after register(): a static import would be resolved before tsx is in place.
const { main } = await import('./main.ts');
const status = await main({ version });
if (status !== null) process.exitCode = status;
