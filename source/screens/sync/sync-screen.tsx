import {Box, Text} from 'ink';
import {ErrorLine} from '../../components/error-line.js';
import {ListRow} from '../../components/list-row.js';
import {ProgressLine} from '../../components/progress-line.js';
import {Spinner, useSpinnerFrame} from '../../components/spinner.js';
import {padToWidth} from '../../components/text-width.js';
import {useTheme} from '../../components/theme-context.js';
import {VirtualList} from '../../components/virtual-list.js';
import type {SyncLogRow} from '../../db/sync-log.js';
import {formatKeys} from '../../keymap/keymap.js';
import {useActiveKeymap} from '../../keymap/use-keymap.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';
import type {ScreenProps} from '../app/screen-props.js';
import {toShownError} from '../app/shell-state.js';
import {isLive, type JobState} from './job-progress.js';
import {formatStamp, runCounts, runDetailLines, runDuration} from './run-details.js';
import {JOBS} from './sync-jobs.js';
import {JOB_MENU_LINES, JOB_PANEL_LINES, syncLayout} from './sync-layout.js';
import {useSyncScreen} from './use-sync-screen.js';

const columns = [
  {title: 'type', width: 18},
  {title: 'started', width: 16},
  {title: 'duration', width: 10},
  {title: 'status', width: 9},
] as const;

function rowText(run: SyncLogRow): string {
  const cells = [
    sanitizeTerminalText(run.syncType),
    formatStamp(run.startedAt),
    runDuration(run),
    sanitizeTerminalText(run.status),
  ];
  return `${cells.map((cell, index) => padToWidth(cell, columns[index]!.width)).join(' ')} ${runCounts(run)}`;
}

const header = `  ${columns.map((column) => padToWidth(column.title, column.width)).join(' ')} counts`;

/** Screen 2: sync_log history and details, and jobs started from the keyboard with live progress. */
export function SyncScreen({isActive, width, height}: ScreenProps) {
  const {colors} = useTheme();
  const {history, selected, job, isReady} = useSyncScreen(isActive, height);
  const {listHeight, detailHeight} = syncLayout(height, job !== null);
  if (!isReady) return <Spinner label="Opening the database…" />;
  const runs = history.data ?? [];
  const run = runs[selected];
  return (
    <Box flexDirection="column" width={width}>
      <JobPanel job={job} />
      <Text bold color={colors.muted} wrap="truncate">
        {header}
      </Text>
      <Box height={listHeight} flexDirection="column">
        {history.error && !history.data ? (
          <ErrorLine {...toShownError(history.error)} />
        ) : (
          <VirtualList
            items={runs}
            height={listHeight}
            selectedIndex={selected}
            getKey={(item) => item.id}
            emptyText={
              history.isLoading ? 'Loading runs…' : 'No runs yet: start one with a key below'
            }
            renderItem={(item, _index, isSelected) => (
              <ListRow isSelected={isSelected}>
                <Text color={item.status === 'failed' ? colors.danger : undefined}>
                  {rowText(item)}
                </Text>
              </ListRow>
            )}
          />
        )}
      </Box>
      <Text bold>Details</Text>
      <Box height={detailHeight} flexDirection="column" overflow="hidden">
        {run
          ? runDetailLines(run)
              .slice(0, detailHeight)
              .map((line, index) => ({line, key: `detail-${index}`}))
              .map(({line, key}) => (
                <Text
                  key={key}
                  wrap="truncate"
                  color={line.startsWith('error:') ? colors.danger : undefined}
                >
                  {line}
                </Text>
              ))
          : null}
      </Box>
    </Box>
  );
}

/** Before the first job: what each job does and the key that starts it. */
function JobMenu() {
  const {colors} = useTheme();
  const keymap = useActiveKeymap();
  const keys = JOBS.map((entry) => formatKeys(keymap, entry.action, 1));
  const keyWidth = Math.max(...keys.map((key) => key.length));
  return (
    <Box height={JOB_MENU_LINES} flexDirection="column">
      <Text color={colors.muted} wrap="truncate">
        No job run in this session yet. Press a key to start one:
      </Text>
      {JOBS.map((entry, index) => {
        const action = keymap[entry.action];
        return (
          <Text key={entry.id} wrap="truncate">
            <Text bold color={action.dangerous ? colors.warning : colors.accent}>
              {padToWidth(keys[index] ?? '', keyWidth)}
            </Text>{' '}
            {action.description}
            {action.dangerous ? <Text color={colors.muted}> (asks first)</Text> : null}
          </Text>
        );
      })}
    </Box>
  );
}

function JobPanel({job}: {job: JobState | null}) {
  const {colors} = useTheme();
  const frame = useSpinnerFrame(100, isLive(job));
  if (!job) return <JobMenu />;
  const tone =
    job.status === 'failed'
      ? colors.danger
      : job.status === 'completed'
        ? colors.success
        : colors.accent;
  return (
    <Box height={JOB_PANEL_LINES} flexDirection="column">
      {isLive(job) ? (
        <Spinner
          label={`${job.title} — ${job.status === 'cancelling' ? 'cancelling…' : job.phase}`}
          frame={frame}
        />
      ) : (
        <Text color={tone} wrap="truncate">
          {job.title}: {job.status}
          {job.summary ? ` — ${sanitizeTerminalText(job.summary)}` : ''}
        </Text>
      )}
      {isLive(job) ? (
        <ProgressLine label={job.phase} done={job.done} total={job.total} />
      ) : (
        <Text> </Text>
      )}
      {job.messages
        .slice(-2)
        .map((message, index) => ({message, key: `message-${index}`}))
        .map(({message, key}) => (
          <Text
            key={key}
            wrap="truncate"
            color={message.startsWith('!') ? colors.warning : colors.muted}
          >
            {sanitizeTerminalText(message)}
          </Text>
        ))}
    </Box>
  );
}
