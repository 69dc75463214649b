import {Box, Text} from 'ink';
import {BarChart} from '../../components/bar-chart.js';
import {ErrorLine} from '../../components/error-line.js';
import {Spinner} from '../../components/spinner.js';
import {useTheme} from '../../components/theme-context.js';
import {planSummary} from '../../plan/plan-summary.js';
import type {ScreenProps} from '../app/screen-props.js';
import {useServices} from '../app/services-context.js';
import {toShownError} from '../app/shell-state.js';
import {usePlanScreen} from './use-plan-screen.js';

const DAY_MS = 86_400_000;

/** Screen 6: the plan toward the exam `nls plan --exam` set; it moves nothing. */
export function PlanScreen({isActive, width, height}: ScreenProps) {
  const {colors} = useTheme();
  const {now} = useServices();
  const {data, error, isReady, isLoading} = usePlanScreen(isActive);
  if (error) {
    const shown = toShownError(error);
    return <ErrorLine message={shown.message} hint={shown.hint} />;
  }
  if (!isReady || (isLoading && data === null)) {
    return <Spinner label={isReady ? 'Building the plan…' : 'Opening the database…'} />;
  }
  if (data === null) {
    return (
      <Box flexDirection="column" width={width}>
        <Text>No exam is set.</Text>
        <Text color={colors.muted}>Run nls plan --exam YYYY-MM-DD to plan toward one.</Text>
      </Box>
    );
  }
  const {report} = data;
  // The summary without its text chart: the screen draws the load as bars.
  const lines = planSummary(report, now()).filter((line) => !line.startsWith('  '));
  const text = lines.filter((line) => line !== 'Reviews per day:');
  const columns = Math.max(1, Math.floor((width - 2) / 3));
  const bars = report.plan.reviewsPerDay.slice(0, columns).map((value, day) => ({
    label: String(new Date(now().getTime() + day * DAY_MS).getUTCDate()).padStart(2, '0'),
    value,
  }));
  const chartHeight = Math.max(2, Math.min(10, height - text.length - 4));
  return (
    <Box flexDirection="column" width={width}>
      {text.map((line) => (
        <Text key={line} wrap="wrap">
          {line}
        </Text>
      ))}
      {report.plan.totalReviews > 0 ? (
        <>
          <Text bold>Reviews per day until the exam</Text>
          <BarChart bars={bars} orientation="vertical" height={chartHeight} />
        </>
      ) : null}
      <Text color={colors.muted}>
        A plan only: nothing is rescheduled here (nls plan --apply moves cards).
      </Text>
    </Box>
  );
}
