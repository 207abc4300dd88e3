import type { AppErrorShape, ErrorCode } from '../../shared/contract';

/** An expected failure with a stable code the renderer translates. Anything else becomes INTERNAL. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: AppErrorShape['details'];

  constructor(code: ErrorCode, message: string, details?: AppErrorShape['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toShape(): AppErrorShape {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** An INVALID_INPUT error shaped like the dispatcher's, so the UI shows it next to the field. */
export function invalidField(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { issues: [{ path: [field], message, code: 'custom' }] });
}
