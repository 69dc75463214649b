import {Text} from 'ink';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import {useTheme} from './theme-context.js';

/** What a progress line shows. */
export interface Progress {
  label: string;
  done: number;
  /** Unknown totals show a count only. */
  total?: number;
  /** Items per second. */
  rate?: number;
  /** Seconds left; derived from `rate` and `total` when omitted. */
  etaSeconds?: number;
}

/** `m:ss`, or `h:mm:ss` from an hour. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Seconds left at `rate`, or undefined when it cannot be known. */
export function estimateEta(progress: Progress): number | undefined {
  if (progress.etaSeconds !== undefined) return progress.etaSeconds;
  if (progress.total === undefined || !progress.rate || progress.rate <= 0) return undefined;
  return Math.max(0, progress.total - progress.done) / progress.rate;
}

/** The parts of a progress line: bar (empty when the total is unknown), counts and stats. */
export function formatProgress(progress: Progress, barWidth = 20) {
  const {done, total} = progress;
  const share = total !== undefined && total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const filled = Math.round(share * barWidth);
  const bar = total === undefined ? '' : `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}`;
  const counts = total === undefined ? `${done}` : `${done}/${total} ${Math.floor(share * 100)}%`;
  const eta = estimateEta(progress);
  const stats = [
    progress.rate === undefined ? '' : `${progress.rate.toFixed(1)}/s`,
    eta === undefined ? '' : `ETA ${formatDuration(eta)}`,
  ].filter((part) => part !== '');
  return {bar, counts, stats: stats.join('  ')};
}

/** Props of {@link ProgressLine}. */
export interface ProgressLineProps extends Progress {
  barWidth?: number;
}

/** One line of job progress: `label ██████░░░░ 120/400 30%  12.3/s  ETA 0:23`. */
export function ProgressLine({barWidth, ...progress}: ProgressLineProps) {
  const {colors} = useTheme();
  const {bar, counts, stats} = formatProgress(progress, barWidth);
  return (
    <Text wrap="truncate">
      {sanitizeTerminalText(progress.label)}{' '}
      {bar === '' ? null : (
        <Text color={colors.accent} aria-hidden>
          {bar}{' '}
        </Text>
      )}
      {counts}
      {stats === '' ? null : <Text color={colors.muted}> {stats}</Text>}
    </Text>
  );
}
