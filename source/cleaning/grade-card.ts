import {markdownToPlain} from '../text/markdown-plain.js';
import {atomProfile} from './atom-profile.js';
import {QUALITY_RULES, type RuleCode, type RuleContext} from './quality-rules.js';
import {countChars, countWords, splitCode, stripClozeMarkup} from './text-measure.js';
import {type CleaningThresholds, DEFAULT_THRESHOLDS} from './thresholds.js';

/** Letter grade; D and F need review. */
export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/** Whether a card holds one idea, holds it wordily, or holds several. */
export type AtomicityStatus = 'atomic' | 'verbose' | 'needs_split';

/** The card text the grader needs. */
export interface GradeInput {
  readonly front: string;
  readonly back: string | null | undefined;
  readonly atomType: string;
}

/** One finding with its cost: what is wrong and how to fix it. */
export interface QualityIssue {
  readonly rule: RuleCode;
  readonly issue: string;
  readonly recommendation: string;
  readonly penalty: number;
}

/** A card's grade and the reasons for it. */
export interface GradeReport {
  /** 100 minus penalties, floored at 0. */
  readonly score0to100: number;
  /** score0to100 / 100 with two decimals, as stored in `quality_score`. */
  readonly qualityScore: number;
  readonly grade: Grade;
  readonly issues: readonly QualityIssue[];
  readonly frontWordCount: number;
  readonly backWordCount: number;
  readonly atomicityStatus: AtomicityStatus;
  readonly isAtomic: boolean;
  /** Grade D or F. */
  readonly needsReview: boolean;
}

/** The columns of `learning_atoms` a grade is stored in (camel-cased). */
export function gradeColumns(report: GradeReport) {
  return {
    qualityScore: report.qualityScore,
    isAtomic: report.isAtomic,
    frontWordCount: report.frontWordCount,
    backWordCount: report.backWordCount,
    atomicityStatus: report.atomicityStatus,
    needsReview: report.needsReview,
  };
}

/** The letter for a 0–100 score under the given cut-offs. */
export function gradeForScore(score: number, t: CleaningThresholds = DEFAULT_THRESHOLDS): Grade {
  if (score >= t.gradeAMin) return 'A';
  if (score >= t.gradeBMin) return 'B';
  if (score >= t.gradeCMin) return 'C';
  if (score >= t.gradeDMin) return 'D';
  return 'F';
}

// Rules measure what a reader sees: emphasis, links and math delimiters are removed, while code
// keeps its backticks and fences so the code rules still tell it from prose. Text without
// markup is measured exactly as it is.
const measured = (text: string) => markdownToPlain(text, {keepCodeMarkers: true});

function measure(card: GradeInput, t: CleaningThresholds): RuleContext {
  const profile = atomProfile(card.atomType);
  const rawFront = measured(card.front ?? '');
  const visibleFront = profile.cloze ? stripClozeMarkup(rawFront) : rawFront;
  const back = measured(card.back ?? '');
  const front = splitCode(visibleFront);
  const backSplit = splitCode(back);
  return {
    rawFront,
    profile,
    t,
    frontProse: front.prose,
    backProse: backSplit.prose,
    frontWords: countWords(front.prose),
    backWords: countWords(backSplit.prose),
    frontChars: countChars(visibleFront),
    backChars: countChars(back),
    codeLines: front.codeLines + (profile.backCode ? backSplit.codeLines : 0),
  };
}

/** Grades a card with the penalty model: every rule that fires costs points and explains why. */
export function gradeCard(
  card: GradeInput,
  thresholds: CleaningThresholds = DEFAULT_THRESHOLDS,
): GradeReport {
  const ctx = measure(card, thresholds);
  const issues: QualityIssue[] = [];
  let split = false;
  let verbose = false;
  for (const rule of QUALITY_RULES) {
    const finding = rule.check(ctx);
    if (finding === null) continue;
    issues.push({rule: rule.rule, penalty: rule.penalty, ...finding});
    if (rule.atomicity === 'split') split = true;
    if (rule.atomicity === 'verbose') verbose = true;
  }
  const penalty = issues.reduce((sum, issue) => sum + issue.penalty, 0);
  const score = Math.max(0, 100 - penalty);
  const grade = gradeForScore(score, thresholds);
  const atomicityStatus: AtomicityStatus = split ? 'needs_split' : verbose ? 'verbose' : 'atomic';
  return {
    score0to100: score,
    qualityScore: Math.round(score) / 100,
    grade,
    issues,
    frontWordCount: ctx.frontWords,
    backWordCount: ctx.backWords,
    atomicityStatus,
    isAtomic: atomicityStatus === 'atomic',
    needsReview: grade === 'D' || grade === 'F',
  };
}
