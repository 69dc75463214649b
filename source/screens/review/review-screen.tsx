import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {useEffect, useMemo, useState} from 'react';
import {Spinner} from '../../components/spinner.js';
import {useTheme} from '../../components/theme-context.js';
import type {ReviewItem} from '../../review/review-types.js';
import type {ScreenProps} from '../app/screen-props.js';
import {describeQueueFilter} from './queue-filter.js';
import {ReviewDetailPane} from './review-detail-pane.js';
import {ReviewEditForm, ReviewInputLine} from './review-inputs.js';
import {ReviewListPane} from './review-list-pane.js';
import {listRows} from './review-state.js';
import {useReviewScreen} from './use-review-screen.js';

/** Props of {@link ReviewScreen}: the screen props plus the `$EDITOR` command for `E`. */
export interface ReviewScreenProps extends ScreenProps {
  editor?: string;
}

// While j is held the list moves at once and the detail (diffs, grading) follows when it rests.
const detailDelayMs = 40;

function useRestingItem(item: ReviewItem | undefined): ReviewItem | undefined {
  const [shown, setShown] = useState(item);
  useEffect(() => {
    if (item === shown) return;
    const timer = setTimeout(() => setShown(item), shown === undefined ? 0 : detailDelayMs);
    return () => clearTimeout(timer);
  }, [item, shown]);
  return shown;
}

// Side by side from this width; below it the list sits above the detail.
const wideFrom = 100;

/** Screen 4: keyboard triage of the review queue with word diffs, grades and undo. */
export function ReviewScreen({isActive, width, height, editor}: ReviewScreenProps) {
  const {colors} = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const isWide = width >= wideFrom;
  const bodyHeight = Math.max(4, height - 1);
  const listHeight = isWide ? bodyHeight : Math.max(3, Math.floor(bodyHeight / 3));
  const screen = useReviewScreen({isActive, listRows: listHeight, editor});
  const {state, item, context, protectNotion} = screen;
  const detailItem = useRestingItem(item);
  const rows = useMemo(() => listRows(state.pages, state.total), [state.pages, state.total]);
  if (!screen.isReady) return <Spinner label="Opening the database…" />;
  const {counts, mode} = state;
  const inputHeight = mode.kind === 'edit' ? mode.fields.length + 4 : mode.kind === 'list' ? 0 : 2;
  const listWidth = isWide ? Math.floor(width * 0.42) : width;
  const detailWidth = isWide ? width - listWidth - 1 : width;
  const detailHeight = Math.max(2, (isWide ? bodyHeight : bodyHeight - listHeight) - inputHeight);
  const empty =
    state.total === null ? 'Loading the queue…' : 'Nothing to review: the queue is empty.';
  const list = (
    <ReviewListPane
      rows={rows}
      selected={state.selected}
      marked={state.marked}
      width={listWidth}
      height={isWide ? bodyHeight : listHeight}
      emptyText={empty}
    />
  );
  const detail = (
    <Box
      flexDirection="column"
      width={detailWidth}
      height={isWide ? bodyHeight : bodyHeight - listHeight}
      overflow="hidden"
    >
      <ReviewEditForm mode={mode} />
      <ReviewInputLine mode={mode} />
      <ReviewDetailPane
        item={detailItem}
        context={detailItem === item ? context : null}
        protectNotion={protectNotion}
        width={detailWidth}
        height={detailHeight}
      />
    </Box>
  );
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate">
        <Text bold color={colors.accent}>
          Review
        </Text>{' '}
        {counts ? `${counts.pendingGroups} pending (${counts.pending} cards)` : '… pending'}
        {' · '}
        {state.decided} decided this session
        <Text color={colors.muted}>
          {' · '}
          {describeQueueFilter(state.filter)}
          {state.total !== null
            ? ` · ${state.total > 0 ? state.selected + 1 : 0}/${state.total}`
            : ''}
        </Text>
        {state.marked.size > 0 ? (
          <Text color={colors.warning}> · {state.marked.size} marked</Text>
        ) : null}
      </Text>
      {/* Side by side when wide; read aloud, the details always follow the whole list. */}
      <Box flexDirection={isWide && !screenReader ? 'row' : 'column'} height={bodyHeight}>
        {list}
        {isWide ? <Box width={1} /> : null}
        {detail}
      </Box>
    </Box>
  );
}
