export {type CleaningReport, cleaningNextSteps} from './cleaning-report.js';
export {formatCleaningSummary} from './cleaning-summary.js';
export type {NearPassSummary} from './near-pass.js';
export type {RewriteFailure, RewriteSummary} from './rewrite-step.js';
export {type CleaningOptions, NEAR_DUPLICATE_THRESHOLD, runCleaning} from './run-cleaning.js';
