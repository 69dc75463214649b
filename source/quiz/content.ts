import * as z from 'zod';

/** Size limits enforced when content is parsed. */
export const quizLimits = {
  mcqOptions: {min: 2, max: 10},
  matchingPairs: {min: 2, max: 8},
  parsonsLines: {min: 2, max: 20},
  parsonsDistractors: {max: 10},
  /** A tab in a Parsons line counts as this many spaces. */
  tabWidth: 4,
} as const;

/** Multiple choice: `correct` holds option indices (sorted, at least one; several = multi-answer). */
export interface McqContent {
  options: string[];
  correct: number[];
  explanation?: string;
}

/** A statement that is true or false. */
export interface TrueFalseContent {
  answer: boolean;
  explanation?: string;
}

/** Pairs to match; the right column is shuffled when presented. */
export interface MatchingContent {
  pairs: {left: string; right: string}[];
  explanation?: string;
}

/** Code lines in the correct order (leading spaces are indentation) plus lines that do not belong. */
export interface ParsonsContent {
  lines: string[];
  distractors?: string[];
  explanation?: string;
}

/** Quiz structure of an atom, tagged with its type. */
export type QuizContent =
  | ({type: 'mcq'} & McqContent)
  | ({type: 'true_false'} & TrueFalseContent)
  | ({type: 'matching'} & MatchingContent)
  | ({type: 'parsons'} & ParsonsContent);

const text = z.string().trim().min(1, 'must not be empty');
const explanation = z.string().trim().min(1).optional();

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

const mcqSchema = z
  .object({
    options: z.array(text).min(quizLimits.mcqOptions.min).max(quizLimits.mcqOptions.max),
    correct: z.array(z.number().int().min(0)).min(1, 'mark at least one correct option'),
    explanation,
  })
  .superRefine((value, ctx) => {
    for (const index of value.correct) {
      if (index >= value.options.length) {
        ctx.addIssue({code: 'custom', path: ['correct'], message: `no option number ${index}`});
      }
    }
    if (new Set(value.correct).size !== value.correct.length) {
      ctx.addIssue({code: 'custom', path: ['correct'], message: 'an option is listed twice'});
    }
    for (const option of duplicates(value.options)) {
      ctx.addIssue({code: 'custom', path: ['options'], message: `"${option}" appears twice`});
    }
  })
  .transform(
    (value): McqContent => ({...value, correct: [...value.correct].sort((a, b) => a - b)}),
  );

const trueFalseSchema = z.object({answer: z.boolean(), explanation});

const matchingSchema = z
  .object({
    pairs: z
      .array(z.object({left: text, right: text}))
      .min(quizLimits.matchingPairs.min)
      .max(quizLimits.matchingPairs.max),
    explanation,
  })
  .superRefine((value, ctx) => {
    for (const side of ['left', 'right'] as const) {
      for (const item of duplicates(value.pairs.map((pair) => pair[side]))) {
        ctx.addIssue({code: 'custom', path: ['pairs'], message: `"${item}" appears twice`});
      }
    }
  });

/** Tabs become spaces, trailing blanks go, and the common indentation is removed. */
function normaliseCodeLines(lines: string[]): string[] {
  const expanded = lines.map((line) => {
    const code = line.trimStart();
    const lead = line.slice(0, line.length - code.length);
    return (
      lead.replace(/\t/g, ' '.repeat(quizLimits.tabWidth)).replace(/[^ ]/g, '') + code
    ).trimEnd();
  });
  const indents = expanded.filter((line) => line !== '').map((line) => indentOf(line));
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  return expanded.map((line) => line.slice(common));
}

/** Number of leading spaces of a code line. */
export function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

const parsonsSchema = z
  .object({
    lines: z
      .array(z.string())
      .transform(normaliseCodeLines)
      .pipe(
        z
          .array(
            z
              .string()
              .min(1, 'a code line is blank')
              .refine((line) => !/[\r\n]/.test(line), 'a code line spans several lines'),
          )
          .min(quizLimits.parsonsLines.min)
          .max(quizLimits.parsonsLines.max),
      ),
    distractors: z.array(text).max(quizLimits.parsonsDistractors.max).optional(),
    explanation,
  })
  .superRefine((value, ctx) => {
    const code = new Set(value.lines.map((line) => line.trim()));
    for (const distractor of value.distractors ?? []) {
      if (code.has(distractor)) {
        ctx.addIssue({
          code: 'custom',
          path: ['distractors'],
          message: `"${distractor}" is also a correct line`,
        });
      }
    }
  })
  .transform((value): ParsonsContent => {
    const {distractors, ...rest} = value;
    return distractors && distractors.length > 0 ? {...rest, distractors} : rest;
  });

/** zod 4 schemas of each type's content (after legacy keys have been renamed). */
export const quizContentSchemas = {
  mcq: mcqSchema,
  true_false: trueFalseSchema,
  matching: matchingSchema,
  parsons: parsonsSchema,
} as const;
