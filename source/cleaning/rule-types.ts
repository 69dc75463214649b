import type {AtomProfile} from './atom-profile.js';
import type {CleaningThresholds} from './thresholds.js';

/** Codes of the quality rules (code length is one rule with two severities). */
export type RuleCode =
  | 'FRONT_TOO_LONG'
  | 'FRONT_VERBOSE'
  | 'FRONT_CHARS_EXCEEDED'
  | 'BACK_TOO_LONG'
  | 'BACK_VERBOSE'
  | 'BACK_CHARS_EXCEEDED'
  | 'CODE_TOO_LONG'
  | 'CODE_VERBOSE'
  | 'ENUMERATION_DETECTED'
  | 'MULTIPLE_FACTS'
  | 'MULTI_SUBQUESTION'
  | 'MALFORMED_QUESTION'
  | 'INCOHERENT_TEXT'
  | 'TOO_SHORT'
  | 'GENERIC_QUESTION';

/** Everything a rule may look at, measured once per card. */
export interface RuleContext {
  readonly frontProse: string;
  readonly backProse: string;
  readonly frontWords: number;
  readonly backWords: number;
  readonly frontChars: number;
  readonly backChars: number;
  readonly codeLines: number;
  /** The front as written (cloze markup intact). */
  readonly rawFront: string;
  readonly profile: AtomProfile;
  readonly t: CleaningThresholds;
}

/** A finding before its penalty is attached. */
export interface Finding {
  readonly issue: string;
  readonly recommendation: string;
}

/** What a finding does to atomicity: split the card, tighten it, or nothing. */
export type AtomicityEffect = 'split' | 'verbose' | 'none';

/** One quality rule. */
export interface QualityRule {
  readonly rule: RuleCode;
  readonly penalty: number;
  readonly atomicity: AtomicityEffect;
  readonly check: (ctx: RuleContext) => Finding | null;
}
