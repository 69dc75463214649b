import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {createContext, type ReactNode} from 'react';

/**
 * True inside a {@link VirtualList} row, which already carries the `listitem` role and the
 * selected state for screen readers, so a row component must not announce them again.
 */
export const InListRowContext = createContext(false);

/** The slice of a list that is drawn: rows `start` (inclusive) to `end` (exclusive). */
export interface ListWindow {
  start: number;
  end: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/**
 * Which rows to draw. Without `scrollOffset` the selection is kept centred (a pure function of
 * the selection); with it, the previous offset moves only as far as needed to show the selection.
 */
export function listWindow(options: {
  total: number;
  height: number;
  selectedIndex: number;
  scrollOffset?: number;
}): ListWindow {
  const {total, selectedIndex} = options;
  const height = Math.max(1, Math.floor(options.height));
  const maxStart = Math.max(0, total - height);
  const selected = clamp(selectedIndex, 0, Math.max(0, total - 1));
  const start =
    options.scrollOffset === undefined
      ? clamp(selected - Math.floor((height - 1) / 2), 0, maxStart)
      : clamp(clamp(options.scrollOffset, selected - height + 1, selected), 0, maxStart);
  return {start, end: Math.min(total, start + height)};
}

/** Props of {@link VirtualList}. */
export interface VirtualListProps<T> {
  items: readonly T[];
  /** Rows available on screen. */
  height: number;
  selectedIndex: number;
  renderItem: (item: T, index: number, isSelected: boolean) => ReactNode;
  /** Sticky scrolling: the parent stores `listWindow(...).start` and passes it back. */
  scrollOffset?: number;
  getKey?: (item: T, index: number) => string | number;
  /** Shown when `items` is empty. */
  emptyText?: string;
}

/** A list that renders only the visible window, so 100,000 rows draw as fast as 100. */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const {items, renderItem, getKey} = props;
  const screenReader = useIsScreenReaderEnabled();
  if (items.length === 0) return <Text dimColor>{props.emptyText ?? 'Nothing to show'}</Text>;
  const {start, end} = listWindow({
    total: items.length,
    height: props.height,
    selectedIndex: props.selectedIndex,
    scrollOffset: props.scrollOffset,
  });
  const rows: ReactNode[] = [];
  for (let index = start; index < end; index++) {
    const item = items[index] as T;
    const isSelected = index === props.selectedIndex;
    rows.push(
      <Box
        key={getKey ? getKey(item, index) : index}
        aria-role="listitem"
        aria-state={{selected: isSelected}}
      >
        {renderItem(item, index, isSelected)}
        {/* Only part of a long list is drawn, so a listener hears where the selection is. */}
        {screenReader && isSelected ? <Text>{`(${index + 1} of ${items.length})`}</Text> : null}
      </Box>,
    );
  }
  return (
    <InListRowContext.Provider value={true}>
      <Box flexDirection="column" aria-role="list">
        {rows}
      </Box>
    </InListRowContext.Provider>
  );
}
