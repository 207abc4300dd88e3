/**
 * The IPC channel names and the event-name list, free of zod, so the sandboxed preload can bundle
 * them without pulling a schema library into its tiny CommonJS file. contract.ts re-exports them.
 */
export const IPC_INVOKE_CHANNEL = 'dyade:invoke';
export const IPC_EVENT_CHANNEL = 'dyade:event';

/** Names of the events main may push; a unit test keeps this equal to the keys of `events` in contract.ts. */
export const EVENT_NAMES = ['vault.locked', 'menu.command', 'app.localeChanged', 'core.progress', 'sessions.changed', 'presenter.changed'] as const;
