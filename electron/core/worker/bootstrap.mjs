// The core worker's entry when running from source (tests, the CLI, the benches): tsx compiles the
// TypeScript on the fly, as bin.mjs does for the CLI. The built app loads the bundled entry instead.
import { register } from 'tsx/esm/api';

register();
// Imported only after register(): a static import would be resolved before tsx is in place.
await import('./entry.ts');
