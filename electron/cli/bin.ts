#!/usr/bin/env node
/**
 * Entry point of the built `dyade` command (out/cli/dyade.js, from `npm run build`; `npx dyade`
 * reaches it through the launcher in scripts/dyade-cli). Plain JavaScript at run time: the version
 * is injected by the build, and the core's worker is the entry built beside this file
 * (out/cli/core-worker.js).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './main';

declare const __DYADE_VERSION__: string;

const status = await main({ version: __DYADE_VERSION__, workerFile: join(dirname(fileURLToPath(import.meta.url)), 'core-worker.js') });
if (status !== null) process.exitCode = status;
