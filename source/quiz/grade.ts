import {expectedLevels, type PresentedItem, type QuizResponse} from './present.js';

/** How one placed Parsons block was judged. */
export type ParsonsBlockStatus = 'ok' | 'wrong-indent' | 'misplaced' | 'distractor';

/** Per-type grading details, in presented coordinates. */
export type GradeDetails =
  | {type: 'mcq'; options: {option: number; selected: boolean; correct: boolean}[]}
  | {type: 'true_false'; expected: boolean; given: boolean | null}
  | {
      type: 'matching';
      pairs: {left: number; given: number | null; expected: number; ok: boolean}[];
    }
  | {
      type: 'parsons';
      orderScore: number;
      /** Null when the answer has no indentation to get right. */
      indentScore: number | null;
      blocks: {block: number; level: number; status: ParsonsBlockStatus}[];
      /** Presented blocks of correct lines that were left out. */
      missing: number[];
    };

/** Score in [0, 1] (3 decimals, as stored), whether it was fully right, and why. */
export interface GradeResult {
  score: number;
  correct: boolean;
  details: GradeDetails;
}

/** Share of a Parsons score that indentation is worth when the answer is indented. */
export const parsonsIndentWeight = 0.25;

function round3(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

/** A response of the wrong type, or none, gives the empty answer of the item's type. */
export function emptyResponse(item: PresentedItem): QuizResponse {
  switch (item.view.type) {
    case 'mcq':
      return {type: 'mcq', selected: []};
    case 'true_false':
      return {type: 'true_false', value: null};
    case 'matching':
      return {type: 'matching', pairs: item.view.left.map(() => null)};
    case 'parsons':
      return {type: 'parsons', arrangement: []};
  }
}

/** Longest common subsequence by text, preferring alignments whose indentation is right. */
function alignParsons(
  expected: {text: string; level: number}[],
  given: {text: string; level: number}[],
  checkIndent: boolean,
): {matchedGiven: Map<number, boolean>; matched: number; indentOk: number} {
  const n = expected.length;
  const m = given.length;
  // Matches dominate (weight n+1), so indentation only breaks ties between equally long ones.
  const weight = n + 1;
  const table = Array.from({length: n + 1}, () => new Array<number>(m + 1).fill(0));
  const pairValue = (i: number, j: number): number => {
    if (expected[i]!.text !== given[j]!.text) return -1;
    return weight + (!checkIndent || expected[i]!.level === given[j]!.level ? 1 : 0);
  };
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const value = pairValue(i, j);
      const skip = Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
      table[i]![j] = value < 0 ? skip : Math.max(skip, value + table[i + 1]![j + 1]!);
    }
  }
  const matchedGiven = new Map<number, boolean>();
  let indentOk = 0;
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const value = pairValue(i, j);
    if (value >= 0 && table[i]![j] === value + table[i + 1]![j + 1]!) {
      const ok = value > weight;
      matchedGiven.set(j, ok);
      if (ok) indentOk++;
      i++;
      j++;
    } else if (table[i + 1]![j] === table[i]![j]) {
      i++;
    } else {
      j++;
    }
  }
  return {matchedGiven, matched: matchedGiven.size, indentOk};
}

function gradeParsons(item: PresentedItem, response: QuizResponse): GradeResult {
  const {content, view} = item;
  if (content.type !== 'parsons' || view.type !== 'parsons') throw new Error('not parsons');
  const arrangement = (response.type === 'parsons' ? response.arrangement : []).filter(
    (placement) => view.blocks[placement.block] !== undefined,
  );
  const levels = expectedLevels(content.lines);
  const expected = content.lines.map((line, index) => ({text: line.trim(), level: levels[index]!}));
  const given = arrangement.map((placement) => ({
    text: view.blocks[placement.block]!.text,
    level: placement.level,
  }));
  const checkIndent = view.usesIndentation;
  const {matchedGiven, matched, indentOk} = alignParsons(expected, given, checkIndent);
  const orderScore = matched / Math.max(expected.length, given.length);
  const indentScore = checkIndent ? indentOk / expected.length : null;
  const score =
    indentScore === null
      ? orderScore
      : (1 - parsonsIndentWeight) * orderScore + parsonsIndentWeight * indentScore;
  const blocks = arrangement.map((placement, at) => {
    const fromDistractor = view.blocks[placement.block]!.source === 'distractor';
    const ok = matchedGiven.get(at);
    const status: ParsonsBlockStatus = fromDistractor
      ? 'distractor'
      : ok === undefined
        ? 'misplaced'
        : ok
          ? 'ok'
          : 'wrong-indent';
    return {block: placement.block, level: placement.level, status};
  });
  const placed = new Set(arrangement.map((placement) => placement.block));
  const missing = view.blocks.flatMap((block, at) =>
    block.source === 'line' && !placed.has(at) ? [at] : [],
  );
  const correct =
    matched === expected.length &&
    given.length === expected.length &&
    (!checkIndent || indentOk === expected.length);
  return {
    score: correct ? 1 : round3(score),
    correct,
    details: {
      type: 'parsons',
      orderScore: round3(orderScore),
      indentScore: indentScore === null ? null : round3(indentScore),
      blocks,
      missing,
    },
  };
}

/** Grades a response with partial credit (see docs/quiz-formats.md for the rules). */
export function gradeResponse(item: PresentedItem, response: QuizResponse): GradeResult {
  const {content, view} = item;
  if (content.type === 'mcq' && view.type === 'mcq') {
    const selected = new Set(response.type === 'mcq' ? response.selected : []);
    const options = view.optionOrder.map((index, option) => ({
      option,
      selected: selected.has(option),
      correct: content.correct.includes(index),
    }));
    const hits = options.filter((o) => o.selected && o.correct).length;
    const falseHits = options.filter((o) => o.selected && !o.correct).length;
    const correct = hits === content.correct.length && falseHits === 0;
    const score = correct ? 1 : round3((hits - falseHits) / content.correct.length);
    return {score, correct, details: {type: 'mcq', options}};
  }
  if (content.type === 'true_false') {
    const given = response.type === 'true_false' ? response.value : null;
    const correct = given === content.answer;
    return {
      score: correct ? 1 : 0,
      correct,
      details: {type: 'true_false', expected: content.answer, given},
    };
  }
  if (content.type === 'matching' && view.type === 'matching') {
    const answered = response.type === 'matching' ? response.pairs : [];
    const pairs = content.pairs.map((_, left) => {
      const given = answered[left] ?? null;
      const expected = view.rightOrder.indexOf(left);
      return {left, given, expected, ok: given === expected};
    });
    const right = pairs.filter((pair) => pair.ok).length;
    const correct = right === pairs.length;
    return {
      score: correct ? 1 : round3(right / pairs.length),
      correct,
      details: {type: 'matching', pairs},
    };
  }
  return gradeParsons(item, response);
}
