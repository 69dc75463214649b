import {Text} from 'ink';
import {useEffect, useState} from 'react';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import {useTheme} from './theme-context.js';

/** Spinner frames (braille dots). */
export const SPINNER_FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'] as const;

/** Props of {@link Spinner}. */
export interface SpinnerProps {
  label: string;
  /** Animation step, advanced by the parent (see {@link useSpinnerFrame}) so tests stay still. */
  frame?: number;
}

/** A loading line: spinner glyph and label, e.g. `⠋ Loading concepts…`. */
export function Spinner({label, frame = 0}: SpinnerProps) {
  const {colors} = useTheme();
  const glyph = SPINNER_FRAMES[Math.abs(Math.floor(frame)) % SPINNER_FRAMES.length];
  return (
    <Text>
      {/* The glyph would make a screen reader re-read the line on every frame. */}
      <Text aria-hidden>
        <Text color={colors.accent}>{glyph}</Text>{' '}
      </Text>
      {sanitizeTerminalText(label)}
    </Text>
  );
}

/** A frame counter that ticks every `intervalMs` while active, for {@link Spinner}. */
export function useSpinnerFrame(intervalMs = 80, isActive = true): number {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    if (!isActive) return;
    const timer = setInterval(() => setFrame((value) => value + 1), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, isActive]);
  return frame;
}
