import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/contract';
import { createBridge } from '../../electron/preload/bridge';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners: IpcListener[] = [];
  const ipc = {
    invoke: vi.fn(async () => ({ ok: true, value: null })),
    on: vi.fn((channel: string, listener: IpcListener) => {
      if (channel === IPC_EVENT_CHANNEL) listeners.push(listener);
      return ipc;
    }),
  };
  const push = (...args: unknown[]) => listeners.forEach((listener) => listener({ sender: 'ipc-internals' }, ...args));
  return { ipc, push };
}

describe('window.dyade bridge', () => {
  it('exposes exactly invoke and on, frozen', () => {
    const bridge = createBridge(fakeIpc().ipc as never);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('invokes on the one invoke channel', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc as never);
    await bridge.invoke('app.info', {});
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, 'app.info', {});
  });

  it('delivers the payload of a contract event, never the IPC event object', () => {
    const { ipc, push } = fakeIpc();
    const bridge = createBridge(ipc as never);
    const listener = vi.fn();
    const stop = bridge.on('vault.locked', listener);
    push('vault.locked', { reason: 'idle' });
    push('menu.command', { command: 'lock' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ reason: 'idle' }]);
    stop();
    push('vault.locked', { reason: 'suspend' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('refuses to listen to names outside the contract', () => {
    const bridge = createBridge(fakeIpc().ipc as never);
    expect(() => bridge.on('ipc-internal', () => undefined)).toThrow(/Unknown event/);
  });

  it('keeps delivering when one listener throws', () => {
    const { ipc, push } = fakeIpc();
    const bridge = createBridge(ipc as never);
    const second = vi.fn();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bridge.on('app.localeChanged', () => {
      throw new Error('listener bug');
    });
    bridge.on('app.localeChanged', second);
    push('app.localeChanged', { locale: 'en' });
    expect(second).toHaveBeenCalledWith({ locale: 'en' });
    error.mockRestore();
  });
});
