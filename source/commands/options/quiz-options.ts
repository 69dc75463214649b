import * as z from 'zod/mini';
import {defaultQuizCount} from '../../quiz/session-size.js';
import {flag, wholeNumber} from './option-fields.js';

const scopeName = (what: string) =>
  z
    .optional(z.string())
    .check(
      z.describe(`only items of ${what} (name or a unique start of it, any case)`),
      z.meta({placeholder: 'name'}),
    );

/** Options of `nls quiz`. */
export const quizOptions = z.object({
  concept: scopeName('this concept'),
  module: scopeName('this module'),
  cluster: scopeName('the concepts in this cluster'),
  count: z
    ._default(wholeNumber({min: 1, max: 500}), defaultQuizCount)
    .check(z.describe('items in the session'), z.meta({placeholder: 'n'})),
  cram: flag(
    'any atoms in scope, flashcards and clozes too; saves nothing (no schedule, no answer, nothing to Anki)',
  ),
});

/** What `nls quiz` receives. */
export type QuizOptions = z.output<typeof quizOptions>;
