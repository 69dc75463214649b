import {Text} from 'ink';
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

/** The footer line of key hints, generated from the keymap so it never goes stale. */
export function FooterHints({scopes, width = 100}: FooterHintsProps) {
  const {colors} = useTheme();
  const hints = fitHints(hintsFor(useActiveKeymap(), scopes), width);
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
