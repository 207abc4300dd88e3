// The real core worker, plus one way to make it die: a dispatch of `test.crash` ends the thread before
// anything answers it, as a native crash would. Only tests start it (through startCoreWorker's workerFile).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import('../../../electron/core/worker/entry.ts');
// Added after the entry's own listener, so it runs right after it, before the entry's reply can be posted.
parentPort?.on('message', (message) => {
  if (message.kind === 'dispatch' && message.method === 'test.crash') process.exit(3);
});
