import {Box, Text} from 'ink';
import {BarChart, describeDayBar} from '../../components/bar-chart.js';
import {ErrorLine} from '../../components/error-line.js';
import {Spinner} from '../../components/spinner.js';
import {useTheme} from '../../components/theme-context.js';
import {useActiveKeymap} from '../../keymap/use-keymap.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';
import {formatAge} from '../app/format-age.js';
import type {ScreenProps} from '../app/screen-props.js';
import {useServices} from '../app/services-context.js';
import {toShownError} from '../app/shell-state.js';
import type {DashboardData} from './dashboard-data.js';
import {nextActions} from './next-actions.js';
import {useDashboardScreen} from './use-dashboard-screen.js';

const clean = (text: string) => sanitizeTerminalText(text);

/** Screen 1: counts, grades, the Anki due forecast, last runs and what to do next. */
export function DashboardScreen({isActive, width, height}: ScreenProps) {
  const {data, error, isReady} = useDashboardScreen(isActive);
  if (error && !data) {
    const shown = toShownError(error);
    return <ErrorLine message={shown.message} hint={shown.hint} />;
  }
  if (!isReady || !data) {
    return <Spinner label={isReady ? 'Loading the dashboard…' : 'Opening the database…'} />;
  }
  return <DashboardView data={data} width={width} height={height} />;
}

function DashboardView({
  data,
  width,
  height,
}: {
  data: DashboardData;
  width: number;
  height: number;
}) {
  const {colors} = useTheme();
  const keymap = useActiveKeymap();
  const {now} = useServices();
  const {overview} = data;
  const actions = nextActions(data, keymap);
  // Fixed lines: 5 figures, chart title and axes (3), next-actions title; the chart gets the rest.
  const chartHeight = Math.max(2, Math.min(10, height - 9 - Math.min(actions.length, 4)));
  const shownActions = actions.slice(0, Math.max(1, height - 9 - chartHeight));
  const label = (text: string) => <Text color={colors.muted}>{text.padEnd(9)}</Text>;
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        {label('Atoms')}
        <Text bold>{overview.total}</Text> live · {overview.removed} removed ·{' '}
        <Text color={overview.needsReview > 0 ? colors.warning : undefined}>
          {overview.needsReview} need review
        </Text>{' '}
        · {overview.inAnki} in Anki
      </Text>
      <Text wrap="truncate">
        {label('Types')}
        {data.byType.map((row) => `${clean(row.atomType)} ${row.count}`).join('  ') || 'none'}
      </Text>
      <Text wrap="truncate">
        {label('Grades')}
        {`A ${overview.gradeA}  B ${overview.gradeB}  C ${overview.gradeC}  `}
        <Text color={colors.warning}>{`D ${overview.gradeD}  F ${overview.gradeF}`}</Text>
        <Text color={colors.muted}>{`  ungraded ${overview.ungraded}`}</Text>
      </Text>
      <Text wrap="truncate">
        {label('Due')}
        {data.quizDue} quiz items · {data.pendingReviews} reviews pending
      </Text>
      <Text wrap="truncate">
        {label('Runs')}
        {data.lastRuns.length === 0
          ? 'none yet'
          : data.lastRuns
              .map(
                (run) =>
                  `${clean(run.syncType)} ${formatAge(run.startedAt, now())}${run.status === 'completed' ? '' : ` (${clean(run.status)})`}`,
              )
              .join(' · ')}
      </Text>
      <Text bold>
        Anki due, next 14 days
        {data.exam === null ? '' : <Text color={colors.accent}>{` · exam ${data.exam} (EX)`}</Text>}
      </Text>
      <BarChart
        bars={data.forecast}
        orientation="vertical"
        height={chartHeight}
        describe={describeDayBar}
      />
      <Text bold>Next actions</Text>
      {shownActions.map((action) => (
        <Text key={action} wrap="truncate">
          <Text color={colors.accent} aria-hidden>
            ›{' '}
          </Text>
          {action}
        </Text>
      ))}
    </Box>
  );
}
