import {CONTENT_RULES} from './content-rules.js';
import {LENGTH_RULES} from './length-rules.js';
import type {QualityRule} from './rule-types.js';

export type {QualityRule, RuleCode, RuleContext} from './rule-types.js';

/** All quality rules, in the order their findings are reported. */
export const QUALITY_RULES: readonly QualityRule[] = [...LENGTH_RULES, ...CONTENT_RULES];
