import type {QuizAtomType} from '../../atom-types.js';
import {type QuizRating, ratingName} from '../../quiz/rating.js';

/** How each quiz type is named on screen. */
export const quizTypeLabels: Record<QuizAtomType, string> = {
  mcq: 'Multiple choice',
  true_false: 'True or false',
  matching: 'Matching',
  parsons: 'Parsons (put the code in order)',
};

/** `Good`, `Again`, … */
export function ratingLabel(rating: QuizRating): string {
  const name = ratingName(rating);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A score as a whole percentage. */
export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** `A`, `B`, … for the right column of a matching question. */
export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** An option's mark, the same on the question and its feedback: `( )`/`(•)` for one answer, `[ ]`/`[x]` when several are right. */
export function optionMark(multi: boolean, chosen: boolean): string {
  if (multi) return chosen ? '[x]' : '[ ]';
  return chosen ? '(•)' : '( )';
}
