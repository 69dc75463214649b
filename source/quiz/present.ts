// Presentation shuffles what the person sees but keeps a mapping back to the content, so the
// answer key (which always lives in `content`) never changes with the shuffle.
import type {QuizAtomType} from '../atom-types.js';
import {indentOf, type QuizContent} from './content.js';

/** The atom fields a quiz needs. */
export interface QuizAtom {
  id: string;
  atomType: QuizAtomType;
  /** The question (the card front). */
  front: string;
  conceptId?: string | null;
  conceptName?: string | null;
}

/** A Parsons block as shown: a correct line or a distractor, without its indentation. */
export interface ParsonsBlock {
  text: string;
  source: 'line' | 'distractor';
  /** Index into `content.lines` or `content.distractors`. */
  index: number;
}

/** What is shown, in presented order, with the mapping to content indices. */
export type PresentedView =
  | {type: 'mcq'; options: string[]; optionOrder: number[]; multi: boolean; selectCount: number}
  | {type: 'true_false'}
  | {type: 'matching'; left: string[]; right: string[]; rightOrder: number[]}
  | {type: 'parsons'; blocks: ParsonsBlock[]; usesIndentation: boolean; indentUnit: number};

/** An atom ready to be asked. */
export interface PresentedItem {
  atom: QuizAtom;
  content: QuizContent;
  view: PresentedView;
}

/** One placed Parsons block: which presented block and at which indentation level. */
export interface ParsonsPlacement {
  block: number;
  level: number;
}

/** A person's answer, in presented coordinates. */
export type QuizResponse =
  | {type: 'mcq'; selected: number[]}
  | {type: 'true_false'; value: boolean | null}
  /** `pairs[leftIndex]` = presented right index, or null when unpaired. */
  | {type: 'matching'; pairs: (number | null)[]}
  /** The kept blocks in answer order; blocks left out are the ones marked as distractors. */
  | {type: 'parsons'; arrangement: ParsonsPlacement[]};

/** Fisher–Yates permutation of 0..n-1 drawn from `random` (values in [0, 1)). */
export function shuffledIndices(n: number, random: () => number): number[] {
  const order = Array.from({length: n}, (_, index) => index);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Spaces per indentation level of a Parsons answer (0 when nothing is indented). */
export function parsonsIndentUnit(lines: string[]): number {
  return lines.map(indentOf).reduce(gcd, 0);
}

/** Expected indentation level of each correct Parsons line. */
export function expectedLevels(lines: string[]): number[] {
  const unit = parsonsIndentUnit(lines);
  return lines.map((line) => (unit === 0 ? 0 : indentOf(line) / unit));
}

/** Swaps two positions so a shuffle never hands out the solution. */
function swapFirstTwo<T>(items: T[], positions: number[]): void {
  const [a, b] = positions;
  if (a === undefined || b === undefined) return;
  [items[a], items[b]] = [items[b]!, items[a]!];
}

function presentParsons(
  content: Extract<QuizContent, {type: 'parsons'}>,
  random: () => number,
): PresentedView {
  const all: ParsonsBlock[] = [
    ...content.lines.map((line, index) => ({text: line.trim(), source: 'line' as const, index})),
    ...(content.distractors ?? []).map((text, index) => ({
      text,
      source: 'distractor' as const,
      index,
    })),
  ];
  const blocks = shuffledIndices(all.length, random).map((at) => all[at]!);
  const linePositions = blocks.flatMap((block, at) => (block.source === 'line' ? [at] : []));
  const inOrder = linePositions.every((at, k) => blocks[at]!.index === k);
  if (inOrder) swapFirstTwo(blocks, linePositions);
  const indentUnit = parsonsIndentUnit(content.lines);
  return {type: 'parsons', blocks, usesIndentation: indentUnit > 0, indentUnit};
}

/** Shuffles mcq options, the matching right column and Parsons blocks (with distractors). */
export function presentItem(
  atom: QuizAtom,
  content: QuizContent,
  random: () => number,
): PresentedItem {
  switch (content.type) {
    case 'mcq': {
      const optionOrder = shuffledIndices(content.options.length, random);
      const view: PresentedView = {
        type: 'mcq',
        options: optionOrder.map((index) => content.options[index]!),
        optionOrder,
        multi: content.correct.length > 1,
        selectCount: content.correct.length,
      };
      return {atom, content, view};
    }
    case 'true_false':
      return {atom, content, view: {type: 'true_false'}};
    case 'matching': {
      const rightOrder = shuffledIndices(content.pairs.length, random);
      if (rightOrder.every((index, at) => index === at)) swapFirstTwo(rightOrder, [0, 1]);
      const view: PresentedView = {
        type: 'matching',
        left: content.pairs.map((pair) => pair.left),
        right: rightOrder.map((index) => content.pairs[index]!.right),
        rightOrder,
      };
      return {atom, content, view};
    }
    case 'parsons':
      return {atom, content, view: presentParsons(content, random)};
  }
}

/** The fully correct response in presented coordinates (used to reveal the answer). */
export function correctResponse(item: PresentedItem): QuizResponse {
  const {content, view} = item;
  if (content.type === 'mcq' && view.type === 'mcq') {
    const selected = view.optionOrder.flatMap((index, at) =>
      content.correct.includes(index) ? [at] : [],
    );
    return {type: 'mcq', selected};
  }
  if (content.type === 'true_false') return {type: 'true_false', value: content.answer};
  if (content.type === 'matching' && view.type === 'matching') {
    return {
      type: 'matching',
      pairs: content.pairs.map((_, index) => view.rightOrder.indexOf(index)),
    };
  }
  if (content.type === 'parsons' && view.type === 'parsons') {
    const levels = expectedLevels(content.lines);
    const arrangement = content.lines.map((_, index) => ({
      block: view.blocks.findIndex((block) => block.source === 'line' && block.index === index),
      level: levels[index]!,
    }));
    return {type: 'parsons', arrangement};
  }
  throw new Error(`presented view ${view.type} does not match content ${content.type}`);
}
