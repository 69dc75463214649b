import {markdownToPlain} from '../text/markdown-plain.js';
import {atomProfile} from './atom-profile.js';

/** Names of the normalisation steps, as logged in `cleaning_log`. */
export type NormalizeStep =
  | 'strip_prefix'
  | 'expand_contraction'
  | 'imperative_to_question'
  | 'capitalize'
  | 'question_mark';

/** The normalised front and which steps changed it. */
export interface NormalizedFront {
  readonly front: string;
  readonly changed: boolean;
  readonly steps: readonly NormalizeStep[];
}

const prefix = /^(?:q|question)\s*:\s*/i;
const contractions: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(what)['’]re\b/gi, '$1 are'],
  [/\b(what|who|where|how)['’]s\b/gi, '$1 is'],
];
const imperative = /^(?:explain|define)\s+([\s\S]+)$/i;
// Closing punctuation that would sit badly before the "?" we add ("Define X." → "What is X?").
const trailing = /[\s.:;,]+$/;

function stripPrefixes(text: string): string {
  let out = text.trim();
  // Repeat so "Q: Question: x" loses both; otherwise a second pass would change it again.
  while (prefix.test(out)) out = out.replace(prefix, '').trim();
  return out;
}

/**
 * Tidies a question front: strips "Q:"/"Question:", expands what's/who's/…, turns
 * "Explain X"/"Define X" into "What is X", capitalises and ends with "?". Only question-form
 * atoms (flashcard, mcq) are touched; cloze text and statements are returned unchanged.
 * Idempotent: normalising the result again changes nothing.
 */
export function normalizeFront(front: string, atomType: string): NormalizedFront {
  const result = normalizeText(front, atomType);
  if (!result.changed) return result;
  // On Markdown the steps act on the markup too ("**explain** x" has no leading word to match,
  // a capital for "*x" lands on the asterisk). They are kept only when the result reads exactly
  // as the plain text normalised would; otherwise the front stays as it is, markup intact.
  const plain = markdownToPlain(front);
  if (plain === front) return result;
  const expected = normalizeText(plain, atomType).front;
  return markdownToPlain(result.front) === expected ? result : {front, changed: false, steps: []};
}

function normalizeText(front: string, atomType: string): NormalizedFront {
  if (!atomProfile(atomType).questionForm) return {front, changed: false, steps: []};
  const steps: NormalizeStep[] = [];
  let text = front.trim();
  const apply = (step: NormalizeStep, next: string): void => {
    if (next !== text) steps.push(step);
    text = next;
  };
  apply('strip_prefix', stripPrefixes(text));
  if (text === '') return {front, changed: false, steps: []};
  apply(
    'expand_contraction',
    contractions.reduce((acc, [re, to]) => acc.replace(re, to), text),
  );
  apply(
    'imperative_to_question',
    text.replace(imperative, (_m, rest: string) => `What is ${rest}`),
  );
  apply('capitalize', text.charAt(0).toUpperCase() + text.slice(1));
  if (!text.endsWith('?')) {
    const body = text.replace(trailing, '');
    apply('question_mark', `${body === '' ? text : body}?`);
  }
  return {front: text, changed: text !== front, steps};
}
