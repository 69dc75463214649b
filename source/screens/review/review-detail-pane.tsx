import {Box, Text} from 'ink';
import {memo, useMemo} from 'react';
import {type GradeReport, gradeCard} from '../../cleaning/grade-card.js';
import {RichInline, RichText} from '../../components/rich-text.js';
import {useTheme} from '../../components/theme-context.js';
import type {CardText, ReviewItem} from '../../review/review-types.js';
import {isMarkupFree} from '../../text/markdown-doc.js';
import {markdownToPlain} from '../../text/markdown-plain.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';
import {diffWords} from '../../text/word-diff.js';
import {MarkedDiff} from './marked-diff.js';
import {kindLabel} from './review-list-pane.js';
import type {AtomContext} from './use-review-queue.js';

/** Props of {@link ReviewDetailPane}. */
export interface ReviewDetailPaneProps {
  item: ReviewItem | undefined;
  context: AtomContext | null;
  protectNotion: boolean;
  width: number;
  height: number;
}

const clean = (text: string | null | undefined) =>
  sanitizeTerminalText(text ?? '', {multiline: true});
const score = (report: GradeReport) => `${report.grade} ${report.score0to100}`;

function Issues({report, label}: {report: GradeReport; label: string}) {
  const {colors} = useTheme();
  if (report.issues.length === 0) {
    return (
      <Text color={colors.success}>
        {label}: <Text aria-label="passes,">✓</Text> no rule fired
      </Text>
    );
  }
  return (
    <Box flexDirection="column">
      {report.issues.map((issue) => (
        <Text key={`${label}-${issue.rule}`}>
          <Text color={colors.warning}>
            {label}: <Text aria-label="issue:">✗</Text> {issue.issue}
          </Text>
          <Text color={colors.muted}>
            {' '}
            <Text aria-label="fix:">→</Text> {issue.recommendation}
          </Text>
        </Text>
      ))}
    </Box>
  );
}

// The diff compares what a reader sees (the plain projection), so a bolded word is not a change
// of wording; the formatting itself is shown in the card view below the diff.
function CardDiff({before, after, label}: {before: CardText; after: CardText; label: string}) {
  const {colors} = useTheme();
  const front = useMemo(
    () => diffWords(markdownToPlain(before.front), markdownToPlain(after.front)),
    [before.front, after.front],
  );
  const back = useMemo(
    () => diffWords(markdownToPlain(before.back ?? ''), markdownToPlain(after.back ?? '')),
    [before.back, after.back],
  );
  const hasMarkup = (text: string) => !isMarkupFree(text) && markdownToPlain(text) !== text;
  const formatted = hasMarkup(after.front) || hasMarkup(after.back ?? '');
  return (
    <Box flexDirection="column">
      <Text bold>{label}</Text>
      <Text>
        <Text color={colors.muted}>Front </Text>
        <MarkedDiff segments={front} />
      </Text>
      <Text>
        <Text color={colors.muted}>Back </Text>
        <MarkedDiff segments={back} />
      </Text>
      {formatted ? <CardView card={after} label="Formatted" /> : null}
    </Box>
  );
}

function CardView({card, label, isHeading}: {card: CardText; label: string; isHeading?: boolean}) {
  const {colors} = useTheme();
  return (
    <Box flexDirection="column">
      <Text bold={isHeading} color={isHeading ? undefined : colors.muted}>
        {label}
      </Text>
      <Text>
        <Text color={colors.muted}>Front </Text>
        <RichInline markdown={card.front} />
      </Text>
      <Box>
        <Text color={colors.muted}>Back </Text>
        <RichText markdown={card.back ?? ''} maxLines={8} />
      </Box>
    </Box>
  );
}

function NewCard({card, label}: {card: CardText; label: string}) {
  return <CardView card={card} label={label} isHeading />;
}

// What the item is, where it comes from, what approving does, and what changed meanwhile.
function ItemHeader({
  item,
  context,
  protectNotion,
}: Omit<ReviewDetailPaneProps, 'width' | 'height'> & {item: ReviewItem}) {
  const {colors} = useTheme();
  const confidence = item.aiConfidence === null ? 'n/a' : `${Math.round(item.aiConfidence * 100)}%`;
  return (
    <>
      <Text wrap="truncate">
        <Text bold color={colors.accent}>
          {kindLabel(item)}
        </Text>
        <Text color={colors.muted}>
          {' '}
          · {clean(item.source)} · {item.status}
          {item.batchId ? ` · batch ${clean(item.batchId)}` : ''} · AI confidence {confidence}
        </Text>
      </Text>
      <Text wrap="truncate" color={colors.muted}>
        Concept {context ? clean(context.conceptName ?? 'none') : '…'} · Module{' '}
        {context ? clean(context.moduleName ?? 'none') : '…'} · type{' '}
        {context ? clean(context.atomType) : '…'}
      </Text>
      <Text color={protectNotion ? colors.muted : colors.warning} wrap="truncate">
        {protectNotion
          ? 'PROTECT_NOTION is on: approving changes the local copy only.'
          : 'PROTECT_NOTION is off: approving writes the text to the Notion page.'}
      </Text>
      {item.rewriteReason ? <Text>Reason: {clean(item.rewriteReason)}</Text> : null}
      {item.originalChanged ? (
        <Text color={colors.warning}>! The original changed since this proposal was made.</Text>
      ) : null}
      {item.original === null ? (
        <Text color={colors.warning}>! The original atom no longer exists.</Text>
      ) : null}
    </>
  );
}

/** The selected item: original vs proposal as word diffs, grades and the rules that fired. */
export const ReviewDetailPane = memo(function ReviewDetailPane(props: ReviewDetailPaneProps) {
  const {item, context, protectNotion} = props;
  const {colors} = useTheme();
  const atomType = context?.atomType ?? 'flashcard';
  const reports = useMemo(() => {
    if (!item) return null;
    const original = item.original ?? item.proposedFrom;
    return {
      before: gradeCard({front: original.front, back: original.back, atomType}),
      after: item.cards.map((card) => gradeCard({front: card.front, back: card.back, atomType})),
    };
  }, [item, atomType]);
  if (!item || !reports) {
    return (
      <Box width={props.width} height={props.height}>
        <Text color={colors.muted}>No item selected.</Text>
      </Box>
    );
  }
  const before: CardText = item.original ?? item.proposedFrom;
  const many = item.cards.length > 1;
  return (
    <Box flexDirection="column" width={props.width} height={props.height} overflow="hidden">
      {/* No shrinking: content taller than the pane is cut at the bottom, never overlapped. */}
      <Box flexDirection="column" flexShrink={0}>
        <ItemHeader item={item} context={context} protectNotion={protectNotion} />
        <Text>
          Grade {score(reports.before)} → {reports.after.map((report) => score(report)).join(', ')}
        </Text>
        {item.reviewerNotes ? (
          <Text color={colors.accent}>Reviewer note: {clean(item.reviewerNotes)}</Text>
        ) : null}
        {item.cards.map((card, index) =>
          index === 0 ? (
            <CardDiff
              key={card.id}
              before={before}
              after={card}
              label={
                many ? `Card 1/${item.cards.length} replaces the original` : 'Original → proposal'
              }
            />
          ) : (
            <NewCard
              key={card.id}
              card={card}
              label={`Card ${index + 1}/${item.cards.length} (new atom)`}
            />
          ),
        )}
        <Issues report={reports.before} label="before" />
        {reports.after.map((report, index) => (
          <Issues
            // biome-ignore lint/suspicious/noArrayIndexKey: one report per card, in order
            key={index}
            report={report}
            label={many ? `card ${index + 1}` : 'after'}
          />
        ))}
      </Box>
    </Box>
  );
});
