import type { AppErrorShape } from '../../shared/contract';
import type { ErrorContext } from './describe-error';
import type { ExitStatus } from './exit-codes';
import type { MessageKey, MessageParams } from './messages';

/** A refusal decided by the CLI itself (not by the core), with its message and exit status. */
export class CliFailure extends Error {
  constructor(
    readonly status: ExitStatus,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
    this.name = 'CliFailure';
  }
}

/** A contract call that came back `{ ok: false }`, with what the CLI was doing at the time. */
export class CoreFailure extends Error {
  constructor(
    readonly error: AppErrorShape,
    readonly context: ErrorContext,
  ) {
    super(error.message);
    this.name = 'CoreFailure';
  }
}
