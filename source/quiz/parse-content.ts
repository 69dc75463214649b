import type * as z from 'zod';
import {isQuizAtomType} from '../atom-types.js';
import {type QuizContent, quizContentSchemas} from './content.js';
import {parseQuizText} from './text-form.js';

/** Parsed content, or a message for the cleaning log (never an exception). */
export type ParseQuizContentResult = {ok: true; content: QuizContent} | {ok: false; error: string};

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameText(a: unknown, b: unknown): boolean {
  return (
    typeof a === 'string' &&
    typeof b === 'string' &&
    a.trim().toLowerCase() === b.trim().toLowerCase()
  );
}

/** The predecessor stored correct answers as an index, an option's text, or text plus distractors. */
function legacyMcq(raw: Raw): Raw {
  const out: Raw = {...raw};
  if (
    out.options === undefined &&
    typeof out.correct === 'string' &&
    Array.isArray(out.distractors)
  ) {
    out.options = [out.correct, ...out.distractors];
  }
  if (out.correct === undefined && out.correct_index !== undefined) out.correct = out.correct_index;
  const options = Array.isArray(out.options) ? out.options : [];
  const toIndex = (value: unknown): unknown =>
    typeof value === 'string' ? options.findIndex((option) => sameText(option, value)) : value;
  if (Array.isArray(out.correct)) out.correct = out.correct.map(toIndex);
  else if (out.correct !== undefined) out.correct = [toIndex(out.correct)];
  return out;
}

function legacyTrueFalse(raw: Raw): Raw {
  const out: Raw = {...raw};
  if (out.answer === undefined && out.correct !== undefined) out.answer = out.correct;
  if (typeof out.answer === 'string') {
    const word = out.answer.trim().toLowerCase();
    if (['true', 't', 'yes'].includes(word)) out.answer = true;
    if (['false', 'f', 'no'].includes(word)) out.answer = false;
  }
  return out;
}

function legacyMatching(raw: Raw): Raw {
  if (!Array.isArray(raw.pairs)) return raw;
  const pairs = raw.pairs.map((pair) =>
    isRecord(pair) && pair.left === undefined && pair.right === undefined
      ? {left: pair.term, right: pair.definition}
      : pair,
  );
  return {...raw, pairs};
}

function legacyParsons(raw: Raw): Raw {
  const out: Raw = {...raw};
  if (out.lines === undefined && Array.isArray(out.correct_sequence)) {
    out.lines = out.correct_sequence;
  }
  if (out.lines === undefined && typeof out.code === 'string') out.lines = out.code.split(/\r?\n/);
  if (Array.isArray(out.lines)) {
    out.lines = out.lines.filter((line) => typeof line !== 'string' || line.trim() !== '');
  }
  return out;
}

const legacy = {
  mcq: legacyMcq,
  true_false: legacyTrueFalse,
  matching: legacyMatching,
  parsons: legacyParsons,
} as const;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ` : '') + issue.message)
    .join('; ');
}

function stripFence(text: string): string {
  const fenced = text.trim().match(/^```[\w-]*\n([\s\S]*?)\n?```$/);
  return fenced ? fenced[1]! : text;
}

/** Parses the quiz structure of an atom from JSON or the lenient text form; never throws. */
export function parseQuizContent(atomType: string, text: string): ParseQuizContentResult {
  if (!isQuizAtomType(atomType)) {
    return {
      ok: false,
      error: `"${atomType}" is not a quiz type (mcq, true_false, matching, parsons)`,
    };
  }
  if (typeof text !== 'string' || text.trim() === '') {
    return {ok: false, error: `${atomType}: the answer is empty`};
  }
  const unfenced = stripFence(text);
  let raw: unknown;
  let jsonError: string | undefined;
  if (unfenced.trim().startsWith('{')) {
    try {
      raw = JSON.parse(unfenced);
    } catch (error) {
      jsonError = `invalid JSON (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  if (raw === undefined) {
    // A Parsons answer may legitimately start with "{", so broken JSON falls back to the text form.
    const fromText = parseQuizText(atomType, atomType === 'parsons' ? text : unfenced);
    if (!fromText.ok) return {ok: false, error: `${atomType}: ${jsonError ?? fromText.error}`};
    raw = fromText.raw;
  }
  return validateQuizContent(atomType, raw, jsonError);
}

/** Validates an already-decoded object (e.g. the `content` JSONB column). */
export function validateQuizContent(
  atomType: string,
  raw: unknown,
  hint?: string,
): ParseQuizContentResult {
  if (!isQuizAtomType(atomType)) return {ok: false, error: `"${atomType}" is not a quiz type`};
  if (!isRecord(raw)) return {ok: false, error: `${atomType}: expected an object`};
  const {type: _type, ...rest} = raw;
  const renamed = legacy[atomType](rest);
  const explanation = [renamed.explanation, renamed.rationale].find(
    (value) => value !== undefined && (typeof value !== 'string' || value.trim() !== ''),
  );
  delete renamed.rationale;
  if (explanation === undefined) delete renamed.explanation;
  else renamed.explanation = explanation;
  const result = quizContentSchemas[atomType].safeParse(renamed);
  if (!result.success) {
    const because = hint ? ` (text form tried after ${hint})` : '';
    return {ok: false, error: `${atomType}: ${describeIssues(result.error)}${because}`};
  }
  return {ok: true, content: {type: atomType, ...result.data} as QuizContent};
}

/** The canonical JSON for the `content` column (the `type` tag is left out: the atom has it). */
export function serializeQuizContent(content: QuizContent): string {
  const {type: _type, ...body} = content;
  return JSON.stringify(body);
}
