import type { AppErrorShape } from '../../shared/contract';
import { EXIT, exitStatusFor, type ExitStatus } from './exit-codes';
import { isMessageKey, type MessageKey, type Translate } from './messages';

/** What the command was doing, so a message can say which folder and which member. */
export interface ErrorContext {
  folder?: string;
  member?: string;
}

export interface DescribedError {
  status: ExitStatus;
  message: string;
  /** The core's English sentence, when our message is generic and it adds something. */
  detail: string | null;
}

/**
 * A contract error as a sentence for the admin and an exit status. The message key is the most
 * specific one the table has: `error.<CODE>.<reason>`, `error.INVALID_INPUT.<field>`, then
 * `error.<CODE>`.
 */
export function describeError(t: Translate, error: AppErrorShape, context: ErrorContext = {}): DescribedError {
  const status = exitStatusFor(error.code);
  const specific = specificKey(error);
  const key: MessageKey = specific ?? (`error.${error.code}` as MessageKey);
  const params = {
    folder: context.folder ?? '?',
    member: context.member ?? '?',
    code: error.code,
    seconds: Math.max(1, Math.ceil((error.details?.retryAfterMs ?? 0) / 1000)),
    detail: detailOf(error),
  };
  const message = t(key, params);
  // Generic messages lose the core's reason; keep it as a technical line for whoever debugs.
  const needsDetail = specific === null && (status === EXIT.internal || status === EXIT.damaged || error.code === 'CONFLICT');
  return { status, message, detail: needsDetail ? error.message : null };
}

function specificKey(error: AppErrorShape): MessageKey | null {
  if (error.code === 'INVALID_INPUT') {
    const field = error.details?.issues?.[0]?.path[0];
    const key = `error.INVALID_INPUT.${String(field)}`;
    return field !== undefined && isMessageKey(key) ? key : null;
  }
  const reason = error.details?.reason;
  if (reason === undefined) return null;
  const key = `error.${error.code}.${reason}`;
  return isMessageKey(key) ? key : null;
}

function detailOf(error: AppErrorShape): string {
  const issue = error.details?.issues?.[0];
  if (issue) return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
  return error.details?.reason ?? error.message;
}
