#!/usr/bin/env node
// Entry point of `dyade` (package.json "bin"). The CLI is TypeScript over the same core as the app;
// tsx compiles it on the fly, so `npx dyade …` works from a clean clone after `npm install`.
import { register } from 'tsx/esm/api';

register();
// Imported only after register(): a static import would be resolved before tsx is in place.
const { main } = await import('./main.ts');
await main();
