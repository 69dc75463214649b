import type {GradeReport} from '../../cleaning/grade-card.js';
import type {AtomDetailRow, CleaningHistoryRow} from '../../db/concept-rows.js';
import {pageBodyMarkdown} from '../../notion/page-body.js';
import {markdownToRichLines, type RichLine} from '../../text/markdown-spans.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';
import type {SemanticColor} from '../../theme.js';
import {formatStamp} from '../sync/run-details.js';

/** One line of the atom detail view. */
export interface DetailLine {
  text: string;
  tone?: SemanticColor;
  isHeading?: boolean;
  /** Card text with its formatting (drawn instead of `text`). */
  rich?: RichLine;
}

const textLines = (value: unknown): string[] =>
  sanitizeTerminalText(value, {multiline: true})
    .split('\n')
    .map((line) => `  ${line}`);

// The card's own text is Markdown: each line keeps its styles (already sanitised spans).
const cardLines = (markdown: string): DetailLine[] =>
  markdownToRichLines(markdown).map((rich) => ({
    text: `  ${rich.spans.map((span) => span.text).join('')}`,
    rich,
  }));

const brief = (value: unknown): string =>
  value === null || value === undefined ? '∅' : JSON.stringify(value).slice(0, 120);

/**
 * The detail of one atom: front, back, the Notion page's notes, quiz content, quality issues with their fixes, Anki
 * statistics and cleaning history. Every piece of outside text is sanitised here.
 */
export function atomDetailLines(
  atom: AtomDetailRow,
  report: GradeReport,
  history: readonly CleaningHistoryRow[],
): DetailLine[] {
  const lines: DetailLine[] = [
    {
      text: `${sanitizeTerminalText(atom.atomType)} in ${sanitizeTerminalText(atom.conceptName ?? 'no concept')}`,
      isHeading: true,
    },
    {text: 'Front', isHeading: true},
    ...cardLines(atom.front),
    {text: 'Back', isHeading: true},
    ...(atom.back === null ? [{text: '  (none)'}] : cardLines(atom.back)),
  ];
  // The page body from Notion: the explanation or worked example the card came with.
  const notes = pageBodyMarkdown(atom.rawContent);
  if (notes !== '') {
    lines.push({text: 'Notes', isHeading: true});
    lines.push(...cardLines(notes));
  }
  if (atom.content !== null && atom.content !== undefined) {
    lines.push({text: 'Quiz content', isHeading: true});
    lines.push(...textLines(JSON.stringify(atom.content, null, 2)).map((text) => ({text})));
  }
  lines.push({
    text: `Quality ${report.grade} (${report.score0to100}/100) · ${report.atomicityStatus} · ${report.frontWordCount}+${report.backWordCount} words`,
    isHeading: true,
  });
  if (report.issues.length === 0) lines.push({text: '  no issues', tone: 'success'});
  for (const issue of report.issues) {
    lines.push({
      text: `  ! ${sanitizeTerminalText(issue.issue)} (-${issue.penalty})`,
      tone: 'warning',
    });
    lines.push({text: `    → ${sanitizeTerminalText(issue.recommendation)}`, tone: 'muted'});
  }
  lines.push({text: 'Anki', isHeading: true});
  if (atom.ankiNoteId === null) {
    lines.push({text: '  not in Anki', tone: 'muted'});
  } else {
    const ease = atom.ankiEaseFactor === null ? '–' : Number(atom.ankiEaseFactor).toFixed(2);
    lines.push({
      text: `  note ${atom.ankiNoteId} in ${sanitizeTerminalText(atom.ankiDeck ?? '?')} · ease ${ease} · interval ${atom.ankiInterval ?? '–'} d · ${atom.ankiReviewCount ?? 0} reviews · ${atom.ankiLapses ?? 0} lapses`,
    });
    lines.push({
      text: `  stability ${atom.ankiStability ?? '–'} · difficulty ${atom.ankiDifficulty ?? '–'} · due ${atom.ankiDueDate ?? '–'}${atom.ankiLastReviewAt ? ` · last review ${formatStamp(atom.ankiLastReviewAt)}` : ''}`,
    });
  }
  lines.push({text: 'Cleaning history', isHeading: true});
  if (history.length === 0) lines.push({text: '  no changes recorded', tone: 'muted'});
  for (const entry of history) {
    lines.push({
      text: sanitizeTerminalText(
        `  ${formatStamp(entry.performedAt)} ${entry.operation}: ${brief(entry.oldValue)} → ${brief(entry.newValue)}`,
      ),
    });
  }
  return lines;
}
