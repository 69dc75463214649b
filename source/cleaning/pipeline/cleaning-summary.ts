import {countNoun} from '../../text/count-noun.js';
import type {CleaningReport} from './cleaning-report.js';

const percent = (part: number, whole: number) =>
  whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;

/**
 * The human summary of a cleaning run, one string per line (no card text, only counts); the first
 * line stands alone (the Sync screen shows only it).
 */
export function formatCleaningSummary(report: CleaningReport, nextSteps: string[]): string[] {
  const {grades, atomicity, changes, duplicates, rewrite, atoms} = report;
  const would = report.dryRun ? 'would be ' : '';
  const lines = [
    report.dryRun
      ? `Dry run: nothing was written (${countNoun(atoms, 'card')} graded).`
      : `Cleaning finished: ${countNoun(atoms, 'card')} graded, ${changes.regraded} regraded, ${changes.normalized} normalised, ${countNoun(duplicates.proposals, 'merge proposal')}, ${countNoun(report.pendingReviews, 'review')} pending.`,
    `Graded ${atoms} cards in ${report.seconds.toFixed(1)} s:`,
    `  grades      ${(['A', 'B', 'C', 'D', 'F'] as const)
      .map((g) => `${g} ${grades[g]} (${percent(grades[g], atoms)})`)
      .join('  ')}`,
    `  atomicity   atomic ${atomicity.atomic}  verbose ${atomicity.verbose}  needs split ${atomicity.needs_split}`,
    `  changes     ${changes.regraded} grades ${would}updated, ${changes.normalized} fronts ${would}normalised${report.dryRun ? '' : `, ${changes.logged} cleaning_log entries`}`,
    `  duplicates  ${countNoun(duplicates.groups, 'group')} (${countNoun(duplicates.duplicates, 'duplicate')}); ${countNoun(duplicates.proposals, 'merge proposal')} ${report.dryRun ? 'would be ' : ''}queued, ${duplicates.alreadyProposed} already proposed earlier`,
  ];
  if (rewrite) {
    lines.push(
      report.dryRun
        ? `  rewrites    ${rewrite.candidates} cards would be sent to Gemini`
        : `  rewrites    ${rewrite.attempted} of ${rewrite.candidates} sent; ${rewrite.proposals} proposals queued, ${rewrite.failed} failed`,
    );
    for (const error of rewrite.errors) {
      lines.push(`    ! ${error.kind}${error.status ? ` ${error.status}` : ''}: ${error.message}`);
    }
    if (rewrite.stopped) lines.push(`  ! ${rewrite.stopped}`);
  }
  lines.push('', 'Next:', ...nextSteps.map((step) => `  ${step}`));
  return lines;
}
