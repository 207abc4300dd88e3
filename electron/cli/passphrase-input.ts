/**
 * Reading passphrases: typed on a terminal without echo, or piped in on standard input. Never from
 * arguments or the environment (see args.ts). The key handling and line splitting are pure, so they
 * are tested without a terminal.
 */

export interface HiddenLineState {
  /** Code points typed so far (so backspace removes a whole character, not half a surrogate pair). */
  chars: string[];
  /** Inside an escape sequence (arrow keys, function keys), whose bytes are not part of the passphrase. */
  escape: 'none' | 'esc' | 'csi';
}

export type HiddenLineStep = { kind: 'more'; state: HiddenLineState } | { kind: 'submit'; text: string } | { kind: 'cancel' };

export const EMPTY_LINE: HiddenLineState = { chars: [], escape: 'none' };

const ENTER = new Set(['\r', '\n']);
const BACKSPACE = new Set(['\x7f', '\b']);
const CTRL_C = '\x03';
const CTRL_D = '\x04';
const CTRL_U = '\x15';
const ESC = '\x1b';

/** Feed raw-mode terminal input into the hidden line: Enter submits, Ctrl+C cancels. */
export function feedHiddenLine(state: HiddenLineState, input: string): HiddenLineStep {
  let chars = state.chars;
  let escape = state.escape;
  for (const char of input) {
    if (escape === 'esc') {
      // ESC [ starts a CSI sequence; ESC O a single-character one (F1–F4 on some terminals).
      escape = char === '[' || char === 'O' ? 'csi' : 'none';
      continue;
    }
    if (escape === 'csi') {
      // A CSI sequence ends with a byte in @–~.
      if (char >= '@' && char <= '~') escape = 'none';
      continue;
    }
    if (ENTER.has(char)) return { kind: 'submit', text: chars.join('') };
    if (char === CTRL_C) return { kind: 'cancel' };
    if (char === CTRL_D) {
      if (chars.length === 0) return { kind: 'cancel' };
      continue;
    }
    if (BACKSPACE.has(char)) {
      chars = chars.slice(0, -1);
      continue;
    }
    if (char === CTRL_U) {
      chars = [];
      continue;
    }
    if (char === ESC) {
      escape = 'esc';
      continue;
    }
    // Other control characters (Tab, Ctrl+letters) are not part of a passphrase.
    if (char < ' ') continue;
    chars = [...chars, char];
  }
  return { kind: 'more', state: { chars, escape } };
}

/** The terminal side of a hidden prompt: what `process.stdin` offers when it is a TTY. */
export interface TerminalInput {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  on(event: 'data', listener: (chunk: string) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  removeListener(event: 'data', listener: (chunk: string) => void): unknown;
  removeListener(event: 'end', listener: () => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

export interface TextOutput {
  write(text: string): unknown;
}

/**
 * Ask for a line without echo: raw mode, so nothing typed reaches the screen and Ctrl+C arrives as
 * a key (the caller then locks and exits) instead of a signal. Resolves null when cancelled.
 */
export function promptHidden(prompt: string, input: TerminalInput, output: TextOutput): Promise<string | null> {
  return new Promise((resolvePrompt) => {
    let state = EMPTY_LINE;
    output.write(prompt);
    input.setEncoding('utf8');
    input.setRawMode?.(true);
    const finish = (text: string | null): void => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      resolvePrompt(text);
    };
    const onData = (chunk: string): void => {
      const step = feedHiddenLine(state, chunk);
      if (step.kind === 'more') state = step.state;
      else finish(step.kind === 'submit' ? step.text : null);
    };
    const onEnd = (): void => finish(null);
    input.on('data', onData);
    input.on('end', onEnd);
    input.resume();
  });
}

/**
 * The first `count` lines of `text`, each without its line ending, or null while fewer have been
 * completed. At end of input (`ended`), an unterminated last line counts too, so `printf 'x'`
 * works like `echo x`. Only the line ending is removed: spaces may be part of a passphrase.
 */
export function takeLines(text: string, count: number, ended: boolean): string[] | null {
  const parts = text.split('\n');
  const complete = parts.slice(0, -1);
  const tail = parts.at(-1) ?? '';
  const lines = ended && tail !== '' ? [...complete, tail] : complete;
  if (lines.length < count && !ended) return null;
  return lines.slice(0, count).map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

export interface LineInput {
  setEncoding(encoding: BufferEncoding): unknown;
  on(event: 'data', listener: (chunk: string) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  removeListener(event: 'data', listener: (chunk: string) => void): unknown;
  removeListener(event: 'end', listener: () => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

/**
 * Read up to `count` lines from standard input and stop listening as soon as they are there (the
 * writer may keep the pipe open). Fewer lines come back when the input ends early.
 */
export function readLines(input: LineInput, count: number): Promise<string[]> {
  return new Promise((resolveLines) => {
    let text = '';
    const finish = (lines: string[]): void => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.pause();
      text = '';
      resolveLines(lines);
    };
    const onData = (chunk: string): void => {
      text += chunk;
      const lines = takeLines(text, count, false);
      if (lines) finish(lines);
    };
    const onEnd = (): void => finish(takeLines(text, count, true) ?? []);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.on('end', onEnd);
    input.resume();
  });
}
