import type {DemoAtom} from './demo-types.js';

// Short builders keep the content files readable: one card per line where it fits.

/** A front/back flashcard. */
export const fc = (front: string, back: string): DemoAtom => ({type: 'flashcard', front, back});

/** A cloze card; the front holds `{{c1::…}}` deletions. */
export const cloze = (front: string, back?: string): DemoAtom =>
  back === undefined ? {type: 'cloze', front} : {type: 'cloze', front, back};

/** A multiple-choice question; `correct` holds zero-based option indices. */
export const mcq = (
  front: string,
  options: string[],
  correct: number[],
  explanation?: string,
): DemoAtom =>
  explanation === undefined
    ? {type: 'mcq', front, options, correct}
    : {type: 'mcq', front, options, correct, explanation};

/** A true/false statement. */
export const tf = (front: string, answer: boolean, explanation?: string): DemoAtom =>
  explanation === undefined
    ? {type: 'true_false', front, answer}
    : {type: 'true_false', front, answer, explanation};

/** A matching exercise from `[left, right]` pairs. */
export const match = (front: string, pairs: [string, string][], explanation?: string): DemoAtom => {
  const atom: DemoAtom = {
    type: 'matching',
    front,
    pairs: pairs.map(([left, right]) => ({left, right})),
  };
  return explanation === undefined ? atom : {...atom, explanation};
};

/** A Parsons problem: `lines` in the correct order, leading spaces are indentation. */
export const parsons = (
  front: string,
  lines: string[],
  distractors?: string[],
  explanation?: string,
): DemoAtom => ({
  type: 'parsons',
  front,
  lines,
  ...(distractors === undefined ? {} : {distractors}),
  ...(explanation === undefined ? {} : {explanation}),
});
