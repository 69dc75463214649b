import {Box, Text} from 'ink';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import {spokenKeys} from './footer-hints.js';
import {TextInput} from './text-input.js';
import {padToWidth} from './text-width.js';
import {useTheme} from './theme-context.js';
import {VirtualList} from './virtual-list.js';

/** One palette entry. */
export interface PaletteCommand {
  id: string;
  title: string;
  /** Key hint shown at the right, e.g. from `formatKeys`. */
  keys?: string;
}

/**
 * Commands whose title or id contains every typed word (case-insensitive); titles that start
 * with the query come first, otherwise the given order is kept.
 */
export function filterCommands(
  commands: readonly PaletteCommand[],
  query: string,
): PaletteCommand[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [...commands];
  const words = needle.split(/\s+/);
  const matches = commands.filter((command) => {
    const haystack = `${command.title} ${command.id}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  const starts = (command: PaletteCommand) => command.title.toLowerCase().startsWith(needle);
  return [...matches.filter(starts), ...matches.filter((command) => !starts(command))];
}

/** Props of {@link CommandPalette}. */
export interface CommandPaletteProps {
  query: string;
  cursor?: number;
  /** Already filtered (see {@link filterCommands}), so the parent knows what `selectedIndex` is. */
  commands: readonly PaletteCommand[];
  selectedIndex: number;
  height?: number;
}

/** The `:` palette: an input line over the matching commands. */
export function CommandPalette({
  query,
  cursor,
  commands,
  selectedIndex,
  height = 10,
}: CommandPaletteProps) {
  const {colors} = useTheme();
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={colors.accent} paddingX={1}>
      <Box>
        <Text color={colors.accent} aria-label="Command:">
          :{' '}
        </Text>
        <TextInput value={query} cursor={cursor ?? query.length} placeholder="command" />
      </Box>
      <VirtualList
        items={commands}
        height={height}
        selectedIndex={selectedIndex}
        getKey={(command) => command.id}
        emptyText="No matching command"
        renderItem={(command, _index, isSelected) => (
          <Text wrap="truncate" color={isSelected ? colors.selection : undefined} bold={isSelected}>
            <Text aria-hidden>{isSelected ? '› ' : '  '}</Text>
            {padToWidth(sanitizeTerminalText(command.title), 50)}
            <Text
              color={colors.muted}
              aria-label={command.keys ? `, ${spokenKeys(command.keys)}` : undefined}
            >
              {' '}
              {command.keys ?? ''}
            </Text>
          </Text>
        )}
      />
    </Box>
  );
}
