import {Text, useIsScreenReaderEnabled} from 'ink';
import {type Hint, hintsFor, type Scope} from '../keymap/keymap.js';
import {useActiveKeymap} from '../keymap/use-keymap.js';
import {displayWidth} from './text-width.js';
import {useTheme} from './theme-context.js';

/** Props of {@link FooterHints}. */
export interface FooterHintsProps {
  /** The active scope stack, highest priority first. */
  scopes: readonly Scope[];
  /** Columns available (default 100); hints that do not fit are left out, later scopes first. */
  width?: number;
}

const separator = '  ';

/** The hints that fit in `width` columns, in stack order. */
export function fitHints(hints: readonly Hint[], width: number): Hint[] {
  const kept: Hint[] = [];
  let used = 0;
  for (const hint of hints) {
    const size =
      displayWidth(`${hint.keys} ${hint.label}`) + (kept.length > 0 ? separator.length : 0);
    if (used + size > width) break;
    kept.push(hint);
    used += size;
  }
  return kept;
}

// Key glyphs a speech synthesiser reads badly or not at all.
const spokenGlyphs: Readonly<Record<string, string>> = {
  '↑': 'up',
  '↓': 'down',
  '←': 'left',
  '→': 'right',
  '?': 'question mark',
  ':': 'colon',
  '/': 'slash',
};

/** A hint's keys as words: `j/↓` → `j or down`, `?` → `question mark`. */
export function spokenKeys(keys: string): string {
  const spoken = (key: string) => spokenGlyphs[key] ?? key;
  if (keys === '/') return spoken(keys);
  return keys.split('/').map(spoken).join(' or ');
}

/** The footer as one sentence for screen readers: every hint, none left out for width. */
export function spokenHints(hints: readonly Hint[], title = 'Keys'): string {
  return `${title}: ${hints.map((hint) => `${spokenKeys(hint.keys)} ${hint.label}`).join(', ')}`;
}

/** The footer line of key hints, generated from the keymap so it never goes stale. */
export function FooterHints({scopes, width = 100}: FooterHintsProps) {
  const {colors} = useTheme();
  const all = hintsFor(useActiveKeymap(), scopes);
  const screenReader = useIsScreenReaderEnabled();
  if (screenReader) return <Text>{spokenHints(all)}</Text>;
  const hints = fitHints(all, width);
  return (
    <Text wrap="truncate">
      {hints.map((hint, index) => (
        <Text key={hint.id}>
          {index > 0 ? separator : ''}
          <Text color={hint.dangerous ? colors.warning : colors.accent} bold>
            {hint.keys}
          </Text>
          <Text color={colors.muted}> {hint.label}</Text>
        </Text>
      ))}
    </Text>
  );
}
