import type {WritebackReport} from '../../review/review-types.js';
import {countNoun} from '../../text/count-noun.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';

/** What happened to Notion, as a short clause (empty when no Notion text changed). */
export function writebackClause(report: WritebackReport): string {
  if (report.mode === 'local') return ' · kept local (PROTECT_NOTION is on)';
  if (report.mode === 'written')
    return ` · written to Notion (${countNoun(report.written, 'page')})`;
  if (report.mode === 'failed') {
    const first = report.failed[0]?.message ?? 'unknown error';
    return ` · Notion write-back failed for ${countNoun(report.failed.length, 'page')} (${sanitizeTerminalText(first)}); the local change stays`;
  }
  return '';
}

/** The notice after a decision: `Approved 2 items · kept local (PROTECT_NOTION is on)`. */
export function decisionNotice(verb: string, groups: number, report: WritebackReport): string {
  return `${verb} ${countNoun(groups, 'item')}${writebackClause(report)}`;
}
