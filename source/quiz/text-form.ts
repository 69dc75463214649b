// The lenient text form people type into a Notion text property (see docs/quiz-formats.md).
// Parsing yields a raw object that the zod schemas then validate, so both forms share one set of
// rules; a failure here only explains what the text is missing.
import type {QuizAtomType} from '../atom-types.js';
import type {QuizContent} from './content.js';

/** Raw (unvalidated) content, or why the text could not be read. */
export type TextFormResult = {ok: true; raw: Record<string, unknown>} | {ok: false; error: string};

const explanationLine = /^explanation\s*:\s?(.*)$/i;
const answerLine = /^(?:answers?|correct)\s*:\s*(.+)$/i;
const optionLabel = /^([A-Za-z]|\d{1,2})(?:\)\s*|[.:]\s+)/;
const leadingMark = /^(?:\*|✓|✔|\[[xX]\]|\([xX]\))\s*/;
const trailingMark = /\s+(?:\*|✓|✔|\(correct\))$/i;
const bullet = /^(?:[-•*]\s+)/;
const uncheckedBox = /^(?:\[ \]|\( \))\s*/;
const matchingSeparators = ['->', '→', '=>', '⇒', '=', ': '] as const;
const distractorMarker = /\s*(?:#|\/\/)\s*distractor\s*$/i;
const separatorLine = /^\s*-{3,}\s*$/;
const fenceLine = /^\s*```/;

/** Splits off everything from the first `Explanation:` line on (its rest and all later lines). */
function splitExplanation(
  lines: string[],
  trimStart: boolean,
): {body: string[]; explanation?: string} {
  const at = lines.findIndex((line) => explanationLine.test(trimStart ? line.trimStart() : line));
  if (at < 0) return {body: lines};
  const first = (trimStart ? lines[at]!.trimStart() : lines[at]!).match(explanationLine)?.[1] ?? '';
  const explanation = [first, ...lines.slice(at + 1)].join('\n').trim();
  return {body: lines.slice(0, at), ...(explanation ? {explanation} : {})};
}

function labelIndex(label: string): number {
  return /^\d+$/.test(label) ? Number(label) - 1 : label.toUpperCase().charCodeAt(0) - 65;
}

function parseMcq(lines: string[]): TextFormResult {
  const {body, explanation} = splitExplanation(lines, true);
  const options: string[] = [];
  const labels: string[] = [];
  const marked: number[] = [];
  let answerKey: string | undefined;
  for (const raw of body) {
    let line = raw.trim();
    if (line === '') continue;
    const answer = line.match(answerLine);
    if (answer) {
      answerKey = answer[1];
      continue;
    }
    // "*" marks a correct option here, so only "-" and "•" count as bullets.
    line = line.replace(/^[-•]\s+/, '');
    let isMarked = leadingMark.test(line);
    line = line.replace(leadingMark, '').replace(uncheckedBox, '');
    const label = line.match(optionLabel);
    if (label) line = line.slice(label[0].length);
    if (!isMarked && trailingMark.test(line)) {
      isMarked = true;
      line = line.replace(trailingMark, '');
    }
    if (isMarked) marked.push(options.length);
    labels.push(label?.[1]?.toUpperCase() ?? String(options.length + 1));
    options.push(line.trim());
  }
  const byText = options.findIndex((o) => o.toLowerCase() === answerKey?.trim().toLowerCase());
  if (byText >= 0) {
    if (!marked.includes(byText)) marked.push(byText);
  } else if (answerKey !== undefined) {
    for (const token of answerKey.split(/[\s,;&+/]+|\band\b/i).filter(Boolean)) {
      const cleaned = token.replace(/[).:]$/, '').toUpperCase();
      const byLabel = labels.indexOf(cleaned);
      const index = byLabel >= 0 ? byLabel : labelIndex(cleaned);
      if (!(index >= 0 && index < options.length)) {
        return {ok: false, error: `the answer line names "${token}", which is not an option`};
      }
      if (!marked.includes(index)) marked.push(index);
    }
  }
  if (options.length > 0 && marked.length === 0) {
    return {
      ok: false,
      error: 'no option is marked correct: put * before it (e.g. "* B) London") or add "Answer: B"',
    };
  }
  return {ok: true, raw: {options, correct: marked, ...(explanation ? {explanation} : {})}};
}

const trueFalseWord = /^(true|false|yes|no|t|f)(?![\p{L}\p{N}_])[\s.,;:!)\-–—]*(.*)$/iu;

function parseTrueFalse(lines: string[]): TextFormResult {
  const {body, explanation} = splitExplanation(lines, true);
  const nonBlank = body.map((line) => line.trim()).filter((line) => line !== '');
  const match = nonBlank[0]?.match(trueFalseWord);
  if (!match) return {ok: false, error: 'start with True or False (or T / F)'};
  const word = match[1]!.toLowerCase();
  const rest = [match[2] ?? '', ...nonBlank.slice(1), explanation ?? ''].join('\n').trim();
  const answer = word === 'true' || word === 't' || word === 'yes';
  return {ok: true, raw: {answer, ...(rest ? {explanation: rest} : {})}};
}

function parseMatching(lines: string[]): TextFormResult {
  const {body, explanation} = splitExplanation(lines, true);
  const pairs: {left: string; right: string}[] = [];
  for (const [number, raw] of body.entries()) {
    const line = raw.trim().replace(bullet, '');
    if (line === '') continue;
    const separator = matchingSeparators.find((candidate) => line.includes(candidate));
    if (separator === undefined) {
      return {ok: false, error: `line ${number + 1} needs "->" between the left and right side`};
    }
    const at = line.indexOf(separator);
    pairs.push({left: line.slice(0, at).trim(), right: line.slice(at + separator.length).trim()});
  }
  return {ok: true, raw: {pairs, ...(explanation ? {explanation} : {})}};
}

function parseParsons(lines: string[]): TextFormResult {
  const {body, explanation} = splitExplanation(lines, false);
  const code: string[] = [];
  const distractors: string[] = [];
  let afterSeparator = false;
  for (const line of body) {
    if (fenceLine.test(line) || line.trim() === '') continue;
    if (separatorLine.test(line)) {
      afterSeparator = true;
      continue;
    }
    if (afterSeparator || distractorMarker.test(line)) {
      distractors.push(line.replace(distractorMarker, '').trim());
    } else {
      code.push(line);
    }
  }
  return {
    ok: true,
    raw: {
      lines: code,
      ...(distractors.length > 0 ? {distractors} : {}),
      ...(explanation ? {explanation} : {}),
    },
  };
}

/** Reads the lenient text form of one atom type into a raw object for validation. */
export function parseQuizText(atomType: QuizAtomType, text: string): TextFormResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  switch (atomType) {
    case 'mcq':
      return parseMcq(lines);
    case 'true_false':
      return parseTrueFalse(lines);
    case 'matching':
      return parseMatching(lines);
    case 'parsons':
      return parseParsons(lines);
  }
}

function optionLabelFor(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}

/** Writes content in the text form (what `parseQuizText` reads back). */
export function formatQuizText(content: QuizContent): string {
  const lines: string[] = [];
  switch (content.type) {
    case 'mcq':
      content.options.forEach((option, index) => {
        const mark = content.correct.includes(index) ? '* ' : '';
        lines.push(`${mark}${optionLabelFor(index)}) ${option}`);
      });
      break;
    case 'true_false':
      lines.push(content.answer ? 'True' : 'False');
      break;
    case 'matching':
      for (const pair of content.pairs) lines.push(`${pair.left} -> ${pair.right}`);
      break;
    case 'parsons':
      lines.push(...content.lines);
      if (content.distractors && content.distractors.length > 0) {
        lines.push('---', ...content.distractors);
      }
      break;
  }
  if (content.explanation) lines.push(`Explanation: ${content.explanation}`);
  return lines.join('\n');
}
