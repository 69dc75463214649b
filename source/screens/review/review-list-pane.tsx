import {Box, Text} from 'ink';
import {memo} from 'react';
import {useTheme} from '../../components/theme-context.js';
import {VirtualList} from '../../components/virtual-list.js';
import type {ReviewItem} from '../../review/review-types.js';
import {markdownToPlain} from '../../text/markdown-plain.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';

/** Props of {@link ReviewListPane}. */
export interface ReviewListPaneProps {
  rows: readonly (ReviewItem | undefined)[];
  selected: number;
  marked: ReadonlyMap<string, readonly string[]>;
  width: number;
  height: number;
  emptyText: string;
}

/** `B 82`, or `–` when the proposal was not graded. */
export function gradeLabel(score: number | null, grade: string | null): string {
  return score === null || grade === null
    ? '–   '
    : `${grade} ${String(Math.round(score * 100)).padStart(2)}`;
}

/** The kind of an item in a few characters: `rewrite`, `split×3`, `merge`. */
export function kindLabel(item: ReviewItem): string {
  if (item.kind === 'split') return `split×${item.cards.length}`;
  return item.kind === 'duplicate_merge' ? 'merge' : 'rewrite';
}

function Row({
  item,
  isSelected,
  isMarked,
}: {
  item: ReviewItem | undefined;
  isSelected: boolean;
  isMarked: boolean;
}) {
  const {colors} = useTheme();
  const pointer = isSelected ? '›' : ' ';
  if (!item) {
    return (
      <Text wrap="truncate" color={colors.muted}>
        <Text aria-hidden>{pointer} </Text>loading…
      </Text>
    );
  }
  const best = item.cards.find((card) => card.qualityScore === item.qualityScore) ?? item.cards[0];
  const front = sanitizeTerminalText(markdownToPlain(item.cards[0]?.front ?? ''));
  return (
    <Text wrap="truncate" color={isSelected ? colors.selection : undefined} bold={isSelected}>
      <Text aria-hidden>{pointer}</Text>
      <Text
        color={isMarked ? colors.warning : colors.muted}
        aria-hidden={!isMarked}
        aria-label="marked, "
      >
        {isMarked ? ' ● ' : ' · '}
      </Text>
      {gradeLabel(item.qualityScore, best?.grade ?? null)}{' '}
      <Text color={colors.muted}>{kindLabel(item).padEnd(8)}</Text>
      {front}
    </Text>
  );
}

/** The queue: one row per item (a split is one row), marks, grades; draws only what is seen. */
export const ReviewListPane = memo(function ReviewListPane(props: ReviewListPaneProps) {
  const {rows, selected, marked} = props;
  return (
    <Box flexDirection="column" width={props.width} height={props.height} overflow="hidden">
      <VirtualList
        items={rows}
        height={props.height}
        selectedIndex={selected}
        getKey={(_item, index) => index}
        emptyText={props.emptyText}
        renderItem={(item, _index, isSelected) => (
          <Row item={item} isSelected={isSelected} isMarked={item ? marked.has(item.key) : false} />
        )}
      />
    </Box>
  );
});
