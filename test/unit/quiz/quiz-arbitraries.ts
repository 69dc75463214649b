import fc from 'fast-check';
import type {QuizContent} from '../../../source/quiz/content.js';

/** A seeded pseudo-random source (mulberry32) so failures replay. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Any trimmed, non-empty string (JSON can carry anything). */
const anyText = fc
  .string({minLength: 1, maxLength: 30, unit: 'grapheme'})
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

// Words people type; no characters that the text form gives a meaning to (* -> = : # ---).
const word = fc.stringMatching(/^[A-Za-z0-9éßü中.,?!'"+]{1,8}$/);
/** Text that the lenient text form can carry unchanged. */
const safeText = fc.array(word, {minLength: 1, maxLength: 5}).map((words) => words.join(' '));
const safeExplanation = fc
  .array(safeText, {minLength: 1, maxLength: 3})
  .map((lines) => lines.join('\n'));

function contentArbitrary(text: fc.Arbitrary<string>, explanationText: fc.Arbitrary<string>) {
  const explanation = fc.option(explanationText, {nil: undefined});
  const withExplanation = <T extends object>(value: T, note: string | undefined) =>
    note === undefined ? value : {...value, explanation: note};

  const mcq = fc
    .uniqueArray(text, {minLength: 2, maxLength: 10})
    .chain((options) =>
      fc.record({
        options: fc.constant(options),
        correct: fc.subarray(
          options.map((_, index) => index),
          {minLength: 1},
        ),
        explanation,
      }),
    )
    .map(({options, correct, explanation: note}) =>
      withExplanation({type: 'mcq' as const, options, correct}, note),
    );

  const trueFalse = fc
    .record({answer: fc.boolean(), explanation})
    .map(({answer, explanation: note}) =>
      withExplanation({type: 'true_false' as const, answer}, note),
    );

  const matching = fc
    .record({
      lefts: fc.uniqueArray(text, {minLength: 2, maxLength: 8}),
      rights: fc.uniqueArray(text, {minLength: 8, maxLength: 8}),
      explanation,
    })
    .map(({lefts, rights, explanation: note}) =>
      withExplanation(
        {type: 'matching' as const, pairs: lefts.map((left, i) => ({left, right: rights[i]!}))},
        note,
      ),
    );

  const codeText = text.filter((s) => !/^[-`]|[\r\n]/.test(s));
  const parsons = fc
    .record({
      code: fc.array(fc.tuple(fc.integer({min: 0, max: 3}), codeText), {
        minLength: 2,
        maxLength: 12,
      }),
      unit: fc.constantFrom(2, 4),
      distractors: fc.uniqueArray(codeText, {maxLength: 4}),
      explanation,
    })
    .map(({code, unit, distractors, explanation: note}) => {
      const least = Math.min(...code.map(([level]) => level));
      const lines = code.map(([level, line]) => ' '.repeat((level - least) * unit) + line);
      const used = new Set(code.map(([, line]) => line));
      const kept = distractors.filter((d) => !used.has(d));
      const base = {
        type: 'parsons' as const,
        lines,
        ...(kept.length > 0 ? {distractors: kept} : {}),
      };
      return withExplanation(base, note);
    });

  return {mcq, trueFalse, matching, parsons};
}

const jsonArbitraries = contentArbitrary(anyText, anyText);
const textArbitraries = contentArbitrary(safeText, safeExplanation);

/** Any valid (normalised) quiz content, for the JSON form. */
export const quizContentArbitrary: fc.Arbitrary<QuizContent> = fc.oneof(
  jsonArbitraries.mcq,
  jsonArbitraries.trueFalse,
  jsonArbitraries.matching,
  jsonArbitraries.parsons,
);

/** Valid content whose strings the text form can represent. */
export const textFormContentArbitrary: fc.Arbitrary<QuizContent> = fc.oneof(
  textArbitraries.mcq,
  textArbitraries.trueFalse,
  textArbitraries.matching,
  textArbitraries.parsons,
);
