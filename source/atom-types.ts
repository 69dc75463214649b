// The atom-type vocabulary sits below every layer: the database filters on it, the transform reads
// it from Notion and the quiz core dispatches on it.

/** The atom types nls knows: what a Notion Type select may name. */
export const atomTypes = [
  'flashcard',
  'cloze',
  'mcq',
  'true_false',
  'matching',
  'parsons',
] as const;

/** One of {@link atomTypes}. */
export type AtomType = (typeof atomTypes)[number];

/** True for the six known atom types. */
export function isAtomType(value: string): value is AtomType {
  return (atomTypes as readonly string[]).includes(value);
}

/** The atom types quizzed in the terminal (flashcard and cloze belong to Anki). */
export const quizAtomTypes = ['mcq', 'true_false', 'matching', 'parsons'] as const;

/** One of {@link quizAtomTypes}. */
export type QuizAtomType = (typeof quizAtomTypes)[number];

/** True when the atom type is quizzed in the terminal. */
export function isQuizAtomType(value: unknown): value is QuizAtomType {
  return typeof value === 'string' && (quizAtomTypes as readonly string[]).includes(value);
}
