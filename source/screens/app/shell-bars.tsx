import {Box, Text} from 'ink';
import {StatusBar, type StatusSegment} from '../../components/status-bar.js';
import {useTheme} from '../../components/theme-context.js';
import type {Database} from '../../db/connection.js';
import type {StatusSummaryRow} from '../../db/dashboard-rows.js';
import type {Keymap} from '../../keymap/keymap.js';
import {useActiveKeymap} from '../../keymap/use-keymap.js';
import {countNoun} from '../../text/count-noun.js';
import {formatAge} from './format-age.js';
import {SCREENS, screenKey} from './screen-list.js';
import type {ScreenId} from './shell-context.js';

/** The tab line read aloud: the current screen first, then every screen and its key. */
export function spokenTabs(active: ScreenId, keymap: Keymap): string {
  const at = SCREENS.findIndex((entry) => entry.id === active);
  const list = SCREENS.map((entry) => `${screenKey(keymap, entry)} ${entry.title}`).join(', ');
  return `nls, ${SCREENS[at]?.title ?? active} screen, ${at + 1} of ${SCREENS.length}. Screens: ${list}.`;
}

/** The tab line: `nls  1 Dashboard  2 Sync …` with the active screen marked. */
export function TabBar({active, width}: {active: ScreenId; width: number}) {
  const {colors} = useTheme();
  const keymap = useActiveKeymap();
  return (
    <Box width={width} aria-label={spokenTabs(active, keymap)}>
      <Text wrap="truncate">
        <Text bold color={colors.accent}>
          nls
        </Text>
        {SCREENS.map((entry) => {
          const isActive = entry.id === active;
          return (
            <Text key={entry.id}>
              {'  '}
              <Text color={colors.muted}>{screenKey(keymap, entry)}</Text>{' '}
              <Text
                bold={isActive}
                underline={isActive}
                color={isActive ? colors.selection : undefined}
              >
                {isActive ? `[${entry.title}]` : entry.title}
              </Text>
            </Text>
          );
        })}
      </Text>
    </Box>
  );
}

/** Props of {@link ShellStatusBar}. */
export interface ShellStatusBarProps {
  db: Database | null;
  status: StatusSummaryRow | null;
  now: Date;
  /** Columns available (default 100). */
  width?: number;
}

/** Status segments: database mode and location, last sync, pending reviews. */
export function statusSegments({db, status, now, width}: ShellStatusBarProps): {
  left: StatusSegment[];
  right: StatusSegment[];
} {
  if (!db) return {left: [{text: 'opening the database…', tone: 'warning'}], right: []};
  const right: StatusSegment[] = [];
  if (status) {
    right.push(
      status.lastSyncAt
        ? {text: `last sync ${formatAge(status.lastSyncAt, now)} (${status.lastSyncType})`}
        : {text: 'never synced', tone: 'warning'},
    );
    right.push({
      text: countNoun(status.pendingReviews, 'pending review'),
      tone: status.pendingReviews > 0 ? 'warning' : 'muted',
    });
  }
  // The location gives way first: it keeps its tail (the data directory's name).
  const rightWidth = right.reduce((sum, segment) => sum + segment.text.length + 3, 0);
  const room = Math.max(8, (width ?? 100) - rightWidth - db.mode.length - 6);
  const location = db.location.length > room ? `…${db.location.slice(-(room - 1))}` : db.location;
  return {left: [{text: `${db.mode} db ${location}`}], right};
}

/** The status bar of the shell. */
export function ShellStatusBar(props: ShellStatusBarProps) {
  const {left, right} = statusSegments(props);
  return <StatusBar left={left} right={right} />;
}
