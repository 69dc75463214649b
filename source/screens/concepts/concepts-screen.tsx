import {Box, Text} from 'ink';
import {ErrorLine} from '../../components/error-line.js';
import {spokenKeys} from '../../components/footer-hints.js';
import {Spinner} from '../../components/spinner.js';
import {TextInput} from '../../components/text-input.js';
import {useTheme} from '../../components/theme-context.js';
import {TreeRow} from '../../components/tree-row.js';
import {VirtualList} from '../../components/virtual-list.js';
import {formatHint, formatKeys} from '../../keymap/keymap.js';
import {useActiveKeymap} from '../../keymap/use-keymap.js';
import type {ScreenProps} from '../app/screen-props.js';
import {toShownError} from '../app/shell-state.js';
import {AtomDetail} from './atom-detail.js';
import {nodeDetail} from './concept-format.js';
import {useConceptsScreen} from './use-concepts-screen.js';

/** Screen 3: the area → cluster → concept → atom tree with stats, mastery and atom details. */
export function ConceptsScreen({isActive, width, height}: ScreenProps) {
  const {colors} = useTheme();
  const keymap = useActiveKeymap();
  const listHeight = Math.max(1, height - 1);
  const state = useConceptsScreen(isActive, listHeight);
  const {hierarchy, rows, selected, filter} = state;
  if (!state.isReady) return <Spinner label="Opening the database…" />;
  if (hierarchy.error && !hierarchy.data) return <ErrorLine {...toShownError(hierarchy.error)} />;
  if (!hierarchy.data) return <Spinner label="Loading concepts…" />;
  if (state.detail) {
    const {lines, error, offset} = state.detail;
    return <AtomDetail lines={lines} error={error} offset={offset} height={height} width={width} />;
  }
  const concepts = hierarchy.data.concepts.length;
  return (
    <Box flexDirection="column" width={width}>
      {state.isFiltering || filter.value !== '' ? (
        <Box>
          <Text color={colors.accent} aria-label="Filter:">
            /{' '}
          </Text>
          <TextInput
            value={filter.value}
            cursor={filter.cursor}
            isFocused={state.isFiltering}
            placeholder="filter concepts"
          />
          <Text color={colors.muted}> {rows.length} rows</Text>
        </Box>
      ) : (
        <Text color={colors.muted} wrap="truncate">
          {concepts} concepts in {hierarchy.data.areas.length} areas ·{' '}
          <Text
            aria-label={`${spokenKeys(formatKeys(keymap, 'list.filter', 2))} ${keymap['list.filter'].label}`}
          >
            {formatHint(keymap, 'list.filter')}
          </Text>
        </Text>
      )}
      <VirtualList
        items={rows}
        height={listHeight}
        selectedIndex={selected}
        getKey={(row) => row.node.id}
        emptyText={
          filter.value === '' ? 'No concepts yet: run nls sync notion' : 'No concept matches'
        }
        renderItem={(row, _index, isSelected) => (
          <TreeRow
            depth={row.depth}
            label={row.node.label}
            hasChildren={row.hasChildren}
            isExpanded={row.isExpanded}
            isSelected={isSelected}
            detail={nodeDetail(row.node.data)}
          />
        )}
      />
    </Box>
  );
}
