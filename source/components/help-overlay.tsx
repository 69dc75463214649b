import {Box, Text} from 'ink';
import {filterHelpEntries, helpEntries} from '../keymap/help-entries.js';
import type {Scope} from '../keymap/keymap.js';
import {useActiveKeymap} from '../keymap/use-keymap.js';
import {spokenKeys} from './footer-hints.js';
import {TextInput} from './text-input.js';
import {padToWidth} from './text-width.js';
import {useTheme} from './theme-context.js';
import {VirtualList} from './virtual-list.js';

/** Props of {@link HelpOverlay}. */
export interface HelpOverlayProps {
  /** The filter typed so far; `@key` searches by key. */
  query: string;
  /** Cursor in the filter input, in graphemes (default: end of the query). */
  cursor?: number;
  /** Scopes to list (default: all), e.g. the active stack so only usable keys show. */
  scopes?: readonly Scope[];
  selectedIndex?: number;
  /** Rows available for bindings (default 15). */
  height?: number;
}

/** The `?` overlay: every binding from the keymap, filtered as the person types. */
export function HelpOverlay({
  query,
  cursor,
  scopes,
  selectedIndex = 0,
  height = 15,
}: HelpOverlayProps) {
  const {colors} = useTheme();
  const all = helpEntries(useActiveKeymap(), scopes);
  const entries = filterHelpEntries(all, query);
  const keyWidth = Math.min(16, Math.max(4, ...entries.map((entry) => entry.keys.length)));
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={colors.accent} paddingX={1}>
      <Text bold>
        Keys{' '}
        <Text color={colors.muted}>
          ({entries.length} of {all.length})
        </Text>
      </Text>
      <Box>
        <Text color={colors.accent} aria-label="Filter:">
          /{' '}
        </Text>
        <TextInput value={query} cursor={cursor ?? query.length} placeholder="type to filter" />
      </Box>
      <VirtualList
        items={entries}
        height={height}
        selectedIndex={selectedIndex}
        getKey={(entry) => entry.id}
        emptyText="No key matches the filter"
        renderItem={(entry, _index, isSelected) => (
          <Text wrap="truncate" color={isSelected ? colors.selection : undefined}>
            <Text aria-hidden>{isSelected ? '› ' : '  '}</Text>
            <Text
              color={entry.dangerous ? colors.warning : colors.accent}
              aria-label={`${spokenKeys(entry.keys)}:`}
            >
              {padToWidth(entry.keys, keyWidth)}
            </Text>{' '}
            {entry.description}
            <Text color={colors.muted}> {entry.scope}</Text>
          </Text>
        )}
      />
    </Box>
  );
}
