import {Box, Text} from 'ink';
import {BarChart, describeDayBar} from '../../components/bar-chart.js';
import {ErrorLine} from '../../components/error-line.js';
import {Spinner} from '../../components/spinner.js';
import {useTheme} from '../../components/theme-context.js';
import type {LeechRow} from '../../db/leech-rows.js';
import {LEECH_DIFFICULTY, leechHistory} from '../../leech/leech-history.js';
import {planSummary} from '../../plan/plan-summary.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';
import type {ScreenProps} from '../app/screen-props.js';
import {useServices} from '../app/services-context.js';
import {toShownError} from '../app/shell-state.js';
import {usePlanScreen} from './use-plan-screen.js';

const DAY_MS = 86_400_000;
const MAX_LEECHES = 5;

/** The leech clinic's list: the cards forgotten most, with their history in words. */
function LeechList(props: {leeches: readonly LeechRow[]; lapses: number; width: number}) {
  const {leeches, lapses, width} = props;
  const {colors} = useTheme();
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate">
        {leeches.length === 0 ? 'No leeches' : `Leeches: ${leeches.length}`}
        <Text color={colors.muted}>
          {` (${lapses}+ lapses or difficulty above ${LEECH_DIFFICULTY}; nls clean --leeches --rewrite)`}
        </Text>
      </Text>
      {leeches.slice(0, MAX_LEECHES).map((leech) => (
        <Text key={leech.atomId} wrap="truncate">
          <Text color={colors.warning}>{sanitizeTerminalText(leech.cardKey)}</Text>
          {`  ${leechHistory(leech)} · ${sanitizeTerminalText(leech.front)}`}
        </Text>
      ))}
    </Box>
  );
}

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
  if (data === null) return null;
  const leeches = <LeechList leeches={data.leeches} lapses={data.lapses} width={width} />;
  if (data.plan === null) {
    return (
      <Box flexDirection="column" width={width}>
        <Text>No exam is set.</Text>
        <Text color={colors.muted}>Run nls plan --exam YYYY-MM-DD to plan toward one.</Text>
        {leeches}
      </Box>
    );
  }
  const {report} = data.plan;
  // The summary without its text chart: the screen draws the load as bars.
  const lines = planSummary(report, now()).filter((line) => !line.startsWith('  '));
  const text = lines.filter((line) => line !== 'Reviews per day:');
  const columns = Math.max(1, Math.floor((width - 2) / 3));
  const bars = report.plan.reviewsPerDay.slice(0, columns).map((value, day) => ({
    label: String(new Date(now().getTime() + day * DAY_MS).getUTCDate()).padStart(2, '0'),
    value,
  }));
  const leechLines = Math.min(data.leeches.length, MAX_LEECHES) + 1;
  const chartHeight = Math.max(2, Math.min(10, height - text.length - 4 - leechLines));
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
          <BarChart
            bars={bars}
            orientation="vertical"
            height={chartHeight}
            describe={describeDayBar}
          />
        </>
      ) : null}
      <Text color={colors.muted}>
        A plan only: nothing is rescheduled here (nls plan --apply moves cards).
      </Text>
      {leeches}
    </Box>
  );
}
