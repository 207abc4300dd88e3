import { describe, expect, it, vi } from 'vitest';
import { EVENT_NAMES, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, events, type Result } from '../../shared/contract';
import { createDispatch, type Handlers } from '../../electron/core/dispatch';
import { createEventEmitter, eventMessage, handleInvoke, registerIpcHost, senderFrameUrl } from '../../electron/main/ipc-host';

const APP = 'app://dyade/index.html';

function dispatchWith(overrides: Partial<Handlers>, logError = vi.fn()) {
  const handlers = {
    'app.info': () => ({ name: 'Dyade', version: '0.1.0', locale: 'nl', platform: 'linux' }),
    ...overrides,
  } as Handlers;
  return createDispatch(handlers, { logError });
}

describe('handleInvoke', () => {
  it('answers a call from the app page', async () => {
    const result = await handleInvoke(APP, 'app.info', {}, dispatchWith({}));
    expect(result).toEqual({ ok: true, value: { name: 'Dyade', version: '0.1.0', locale: 'nl', platform: 'linux' } });
  });

  it.each([
    'https://evil.example/',
    'app://dyade.evil.com/index.html',
    'app://dyade@evil/index.html',
    'file:///home/user/page.html',
    'about:blank',
    '',
    null,
    undefined,
  ])('refuses a sender frame at %s with FORBIDDEN, without dispatching', async (url) => {
    const dispatch = vi.fn();
    const result = await handleInvoke(url, 'app.info', {}, dispatch);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers UNKNOWN_METHOD for a name outside the contract', async () => {
    const result = await handleInvoke(APP, 'vault.exportKey', {}, dispatchWith({}));
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('answers INVALID_INPUT with the zod issues', async () => {
    const result = await handleInvoke(APP, 'app.setLocale', { locale: 'fr' }, dispatchWith({}));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.details?.issues?.[0]?.path).toEqual(['locale']);
  });

  it('turns a thrown Error into INTERNAL with no stack or message text', async () => {
    const logError = vi.fn();
    const dispatch = dispatchWith(
      {
        'app.info': () => {
          throw new Error('disk exploded at /home/secret/vault.db');
        },
      },
      logError,
    );
    const result = await handleInvoke(APP, 'app.info', {}, dispatch);
    const json = JSON.stringify(result);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(json).not.toContain('disk exploded');
    expect(json).not.toContain('/home/secret');
    expect(json).not.toMatch(/\bat .*\.ts:\d+/);
    expect(logError).toHaveBeenCalledOnce();
  });

  it('answers INTERNAL if dispatch itself throws', async () => {
    const result = await handleInvoke(APP, 'app.info', {}, () => Promise.reject(new Error('boom')));
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('boom');
  });

  it('accepts the loopback dev server only when told it is development', async () => {
    const dispatch = dispatchWith({});
    expect((await handleInvoke('http://localhost:5173/', 'app.info', {}, dispatch)).ok).toBe(false);
    const dev = await handleInvoke('http://localhost:5173/', 'app.info', {}, dispatch, { devServerUrl: 'http://localhost:5173' });
    expect(dev.ok).toBe(true);
  });
});

describe('senderFrameUrl', () => {
  it('is the URL of a top-level frame only', () => {
    const top = { url: APP, parent: null };
    const child = { url: APP, parent: top };
    expect(senderFrameUrl({ senderFrame: top } as never)).toBe(APP);
    expect(senderFrameUrl({ senderFrame: child } as never)).toBeNull();
    expect(senderFrameUrl({ senderFrame: null } as never)).toBeNull();
  });
});

describe('registerIpcHost', () => {
  it('registers exactly one handler on the invoke channel, routed through the origin check', async () => {
    const handle = vi.fn();
    registerIpcHost({ handle }, dispatchWith({}));
    expect(handle).toHaveBeenCalledOnce();
    expect(handle.mock.calls[0]?.[0]).toBe(IPC_INVOKE_CHANNEL);
    const listener = handle.mock.calls[0]?.[1] as (event: unknown, method: unknown, input: unknown) => Promise<Result<unknown>>;
    const fromApp = await listener({ senderFrame: { url: APP, parent: null } }, 'app.info', {});
    const fromElsewhere = await listener({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'app.info', {});
    expect(fromApp.ok).toBe(true);
    expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('events', () => {
  it('keeps the preload event list equal to the contract', () => {
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(events).sort());
  });

  it('sends only contract events with valid payloads', () => {
    expect(eventMessage('vault.locked', { reason: 'idle' })).toEqual(['vault.locked', { reason: 'idle' }]);
    expect(eventMessage('vault.locked', { reason: 'bored' })).toBeNull();
    expect(eventMessage('vault.key', { key: 'x' })).toBeNull();
  });

  it('pushes to the window on the event channel and drops invalid events', () => {
    const send = vi.fn();
    const logError = vi.fn();
    const emit = createEventEmitter(() => ({ send, isDestroyed: () => false }), logError);
    emit('menu.command', { command: 'lock' });
    expect(send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, 'menu.command', { command: 'lock' });
    emit('menu.command', { command: 'format-disk' } as never);
    expect(send).toHaveBeenCalledOnce();
    expect(logError).toHaveBeenCalledOnce();
  });

  it('pushes to every window the target names for the event, skipping closed ones', () => {
    const main = { send: vi.fn(), isDestroyed: () => false };
    const beamer = { send: vi.fn(), isDestroyed: () => false };
    const closed = { send: vi.fn(), isDestroyed: () => true };
    const emit = createEventEmitter((event) => (event === 'menu.command' ? [main] : [main, beamer, closed, null]));
    emit('sessions.changed', { sessionId: '0b0c7f4e-2c8a-4b7e-9d0e-3f4a5b6c7d8e' });
    emit('menu.command', { command: 'settings' });
    expect(main.send).toHaveBeenCalledTimes(2);
    expect(beamer.send).toHaveBeenCalledOnce();
    expect(beamer.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, 'sessions.changed', { sessionId: '0b0c7f4e-2c8a-4b7e-9d0e-3f4a5b6c7d8e' });
    expect(closed.send).not.toHaveBeenCalled();
  });

  it('does nothing when there is no window', () => {
    const emit = createEventEmitter(() => null);
    expect(() => emit('app.localeChanged', { locale: 'en' })).not.toThrow();
  });
});
