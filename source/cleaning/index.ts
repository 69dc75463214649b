export {ATOM_TYPES, type AtomType, atomProfile, isAtomType} from './atom-profile.js';
export {duplicateKey} from './duplicate-key.js';
export {
  type AtomicityStatus,
  type Grade,
  type GradeInput,
  type GradeReport,
  gradeCard,
  gradeColumns,
  gradeForScore,
  type QualityIssue,
} from './grade-card.js';
export {type NormalizedFront, type NormalizeStep, normalizeFront} from './normalize-front.js';
export {QUALITY_RULES, type RuleCode} from './quality-rules.js';
export {
  type CleaningThresholds,
  DEFAULT_THRESHOLDS,
  resolveThresholds,
  type ThresholdOverrides,
} from './thresholds.js';
