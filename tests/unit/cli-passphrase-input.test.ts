import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { EMPTY_LINE, feedHiddenLine, promptHidden, readLines, takeLines, type HiddenLineStep } from '../../electron/cli/passphrase-input';

function type(...chunks: string[]): HiddenLineStep {
  let step: HiddenLineStep = { kind: 'more', state: EMPTY_LINE };
  for (const chunk of chunks) {
    if (step.kind !== 'more') break;
    step = feedHiddenLine(step.state, chunk);
  }
  return step;
}

describe('feedHiddenLine (raw terminal keys)', () => {
  it('submits on Enter (CR or LF), keeping spaces', () => {
    expect(type('kwartel fiets\r')).toEqual({ kind: 'submit', text: 'kwartel fiets' });
    expect(type('ab', 'c\n')).toEqual({ kind: 'submit', text: 'abc' });
  });

  it('handles backspace by whole characters, also for emoji', () => {
    expect(type('abx\x7fc\r')).toEqual({ kind: 'submit', text: 'abc' });
    expect(type('a😀\b\r')).toEqual({ kind: 'submit', text: 'a' });
    expect(type('\x7f\x7fa\r')).toEqual({ kind: 'submit', text: 'a' });
  });

  it('cancels on Ctrl+C, and on Ctrl+D at an empty line', () => {
    expect(type('abc\x03')).toEqual({ kind: 'cancel' });
    expect(type('\x04')).toEqual({ kind: 'cancel' });
    expect(type('a\x04b\r')).toEqual({ kind: 'submit', text: 'ab' });
  });

  it('clears with Ctrl+U and ignores arrow keys and other control characters', () => {
    expect(type('wrong\x15right\r')).toEqual({ kind: 'submit', text: 'right' });
    expect(type('a\x1b[D\x1b[1;5Cb\tc\x1bOPd\r')).toEqual({ kind: 'submit', text: 'abcd' });
  });

  it('ignores what follows Enter in the same chunk', () => {
    expect(type('abc\rdef')).toEqual({ kind: 'submit', text: 'abc' });
  });
});

describe('takeLines (standard input)', () => {
  it('waits for complete lines until the input ends', () => {
    expect(takeLines('one', 1, false)).toBeNull();
    expect(takeLines('one\n', 1, false)).toEqual(['one']);
    expect(takeLines('one\ntw', 2, false)).toBeNull();
    expect(takeLines('one\ntwo\nthree\n', 2, false)).toEqual(['one', 'two']);
  });

  it('counts an unterminated last line at the end, strips CR, keeps spaces', () => {
    expect(takeLines('one', 1, true)).toEqual(['one']);
    expect(takeLines(' a b \r\n', 1, true)).toEqual([' a b ']);
    expect(takeLines('', 1, true)).toEqual([]);
    expect(takeLines('only\n', 2, true)).toEqual(['only']);
    expect(takeLines('\n', 1, true)).toEqual(['']);
  });
});

class FakeInput extends EventEmitter {
  isTTY = true;
  raw: boolean[] = [];
  paused = false;
  setRawMode(mode: boolean): this {
    this.raw.push(mode);
    return this;
  }
  setEncoding(): this {
    return this;
  }
  resume(): this {
    this.paused = false;
    return this;
  }
  pause(): this {
    this.paused = true;
    return this;
  }
}

describe('promptHidden', () => {
  it('writes the prompt, never the typed text, and restores the terminal', async () => {
    const input = new FakeInput();
    const written: string[] = [];
    const answer = promptHidden('Passphrase for Anna: ', input, { write: (text: string) => written.push(text) });
    input.emit('data', 'geheim');
    input.emit('data', ' woord\r');
    await expect(answer).resolves.toBe('geheim woord');
    expect(written.join('')).toBe('Passphrase for Anna: \n');
    expect(input.raw).toEqual([true, false]);
    expect(input.paused).toBe(true);
    expect(input.listenerCount('data')).toBe(0);
  });

  it('resolves null on Ctrl+C', async () => {
    const input = new FakeInput();
    const answer = promptHidden('> ', input, { write: () => true });
    input.emit('data', 'abc\x03');
    await expect(answer).resolves.toBeNull();
    expect(input.raw).toEqual([true, false]);
  });
});

describe('readLines', () => {
  it('stops listening once enough lines arrived, even if the pipe stays open', async () => {
    const input = new FakeInput();
    const lines = readLines(input, 2);
    input.emit('data', 'old pass\nnew ');
    input.emit('data', 'pass\nrest');
    await expect(lines).resolves.toEqual(['old pass', 'new pass']);
    expect(input.listenerCount('data')).toBe(0);
  });

  it('returns what it has when the input ends early', async () => {
    const input = new FakeInput();
    const lines = readLines(input, 2);
    input.emit('data', 'only');
    input.emit('end');
    await expect(lines).resolves.toEqual(['only']);
  });
});
