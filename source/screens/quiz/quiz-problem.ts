import {isUserError} from '../../errors.js';

/** A problem shown on the screen (a UserError's message and hint, or a bug's message). */
export interface QuizProblem {
  message: string;
  hint?: string;
}

/** The problem to show for any thrown value. */
export function toProblem(error: unknown): QuizProblem {
  if (isUserError(error))
    return {message: error.message, ...(error.hint ? {hint: error.hint} : {})};
  return {message: error instanceof Error ? error.message : String(error)};
}
