import {Text, useIsScreenReaderEnabled} from 'ink';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import {useTheme} from './theme-context.js';

/** Props of {@link TreeRow}. */
export interface TreeRowProps {
  depth: number;
  label: string;
  hasChildren: boolean;
  isExpanded: boolean;
  isSelected: boolean;
  /** Muted text after the label (counts, mastery). */
  detail?: string;
}

/** One tree line: selection marker, two spaces per level, `▾`/`▸` for open/closed branches. */
export function TreeRow({depth, label, hasChildren, isExpanded, isSelected, detail}: TreeRowProps) {
  const {colors} = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  if (screenReader) {
    // Indentation and ▾/▸ are drawn structure; a listener hears the level and state in words.
    const state = hasChildren ? (isExpanded ? ', expanded' : ', collapsed') : '';
    const after = detail === undefined ? '' : `, ${sanitizeTerminalText(detail)}`;
    return <Text>{`${sanitizeTerminalText(label)}${state}, level ${depth + 1}${after}`}</Text>;
  }
  const marker = hasChildren ? (isExpanded ? '▾' : '▸') : ' ';
  return (
    <Text wrap="truncate">
      <Text color={isSelected ? colors.selection : undefined} bold={isSelected}>
        {isSelected ? '› ' : '  '}
        {'  '.repeat(depth)}
        {marker} {sanitizeTerminalText(label)}
      </Text>
      {detail === undefined ? null : (
        <Text color={colors.muted}> {sanitizeTerminalText(detail)}</Text>
      )}
    </Text>
  );
}
