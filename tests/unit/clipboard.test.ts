import { describe, expect, it } from 'vitest';
import { SensitiveClipboard, type TextClipboard } from '../../electron/main/clipboard';

function fakes() {
  let text = '';
  const clipboard: TextClipboard = { writeText: (next) => void (text = next), readText: () => text, clear: () => void (text = '') };
  const pending: Array<{ callback: () => void; ms: number; cancelled: boolean }> = [];
  const timers = {
    setTimeout: (callback: () => void, ms: number) => {
      const timer = { callback, ms, cancelled: false };
      pending.push(timer);
      return timer;
    },
    clearTimeout: (handle: unknown) => void ((handle as { cancelled: boolean }).cancelled = true),
  };
  const fire = () => pending.filter((timer) => !timer.cancelled).forEach((timer) => timer.callback());
  return { clipboard, timers, fire, read: () => text, userCopies: (next: string) => void (text = next), pending };
}

describe('sensitive text leaves the clipboard by itself', () => {
  it('is cleared after its time, unless the user copied something else since', () => {
    const f = fakes();
    const copied = new SensitiveClipboard(f.clipboard, f.timers);
    copied.copy('ABCD-EFGH-1234', 60_000);
    expect(f.read()).toBe('ABCD-EFGH-1234');
    expect(f.pending[0]?.ms).toBe(60_000);
    f.fire();
    expect(f.read()).toBe('');

    copied.copy('Stap 2: Familie Eik', 60_000);
    f.userCopies('boodschappenlijst');
    f.fire();
    expect(f.read()).toBe('boodschappenlijst');
  });

  it('is cleared at once at lock or quit; a second copy replaces the first timer', () => {
    const f = fakes();
    const copied = new SensitiveClipboard(f.clipboard, f.timers);
    copied.copy('eerste', 60_000);
    copied.copy('tweede', 60_000);
    expect(f.pending[0]?.cancelled).toBe(true);
    copied.clearNow();
    expect(f.read()).toBe('');
    expect(f.pending[1]?.cancelled).toBe(true);
    // Nothing held: a later lock leaves the user's own copy alone.
    f.userCopies('eigen tekst');
    copied.clearNow();
    expect(f.read()).toBe('eigen tekst');
  });
});
