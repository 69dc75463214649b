import {Box, Text} from 'ink';
import {ErrorLine} from '../../components/error-line.js';
import {ListRow} from '../../components/list-row.js';
import {ProgressLine} from '../../components/progress-line.js';
import {Spinner, useSpinnerFrame} from '../../components/spinner.js';
import {padToWidth} from '../../components/text-width.js';
import {useTheme} from '../../components/theme-context.js';
import {VirtualList} from '../../components/virtual-list.js';
import type {SyncLogRow} from '../../db/sync-log.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';
import type {ScreenProps} from '../app/screen-props.js';
import {toShownError} from '../app/shell-state.js';
import {isLive, type JobState} from './job-progress.js';
import {formatStamp, runCounts, runDetailLines, runDuration} from './run-details.js';
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
  const jobLines = 4;
  const listHeight = Math.max(2, Math.floor((height - jobLines - 1) / 2));
  const detailHeight = Math.max(1, height - jobLines - 1 - listHeight - 1);
  const {history, selected, job, isReady} = useSyncScreen(isActive, listHeight);
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

function JobPanel({job}: {job: JobState | null}) {
  const {colors} = useTheme();
  const frame = useSpinnerFrame(100, isLive(job));
  if (!job) {
    return (
      <Box height={4} flexDirection="column">
        <Text color={colors.muted}>No job started in this session.</Text>
      </Box>
    );
  }
  const tone =
    job.status === 'failed'
      ? colors.danger
      : job.status === 'completed'
        ? colors.success
        : colors.accent;
  return (
    <Box height={4} flexDirection="column">
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
