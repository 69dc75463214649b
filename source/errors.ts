/** Options for a {@link UserError}: the fix to show and the lower-level error it wraps. */
export interface UserErrorOptions {
  hint?: string;
  cause?: unknown;
}

/**
 * A problem the user can fix (a missing setting, a service that is down, bad input). The CLI
 * prints its message and hint and exits 1; any other error is a bug and is shown with its stack.
 */
export class UserError extends Error {
  /** What the user can do about it, naming the setting or command. */
  readonly hint: string | undefined;

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : {cause: options.cause});
    this.name = 'UserError';
    this.hint = options.hint;
  }
}

/** Bad command-line usage (exit code 2). */
export class UsageError extends UserError {
  constructor(message: string, options: UserErrorOptions = {}) {
    super(message, options);
    this.name = 'UsageError';
  }
}

/** True when the error is one the user can fix. */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
