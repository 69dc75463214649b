import {Box, Text} from 'ink';
import {gradeCard} from '../../cleaning/grade-card.js';
import {ErrorLine} from '../../components/error-line.js';
import {RichLineView} from '../../components/rich-text.js';
import {Spinner} from '../../components/spinner.js';
import {useTheme} from '../../components/theme-context.js';
import {findAtomDetail, findCleaningHistory} from '../../db/concept-rows.js';
import {toShownError} from '../app/shell-state.js';
import {useDbLoad} from '../app/use-db-load.js';
import {atomDetailLines, type DetailLine} from './atom-detail-lines.js';

/** Props of {@link AtomDetail}. */
export interface AtomDetailProps {
  atomId: string;
  /** First line shown (the parent scrolls with list keys). */
  offset: number;
  height: number;
  width: number;
}

async function loadDetail(sql: Parameters<typeof findAtomDetail>[0], atomId: string) {
  const atom = await findAtomDetail(sql, atomId);
  if (!atom) return [{text: 'This atom no longer exists.', tone: 'warning'}] as DetailLine[];
  const history = await findCleaningHistory(sql, atomId);
  const report = gradeCard({front: atom.front, back: atom.back, atomType: atom.atomType});
  return atomDetailLines(atom, report, history);
}

/** The detail view of one atom; loads it when `atomId` changes. */
export function AtomDetail({atomId, offset, height, width}: AtomDetailProps) {
  const {colors} = useTheme();
  const {data, error} = useDbLoad((db) => loadDetail(db.sql, atomId), atomId);
  if (error) return <ErrorLine {...toShownError(error)} />;
  if (data === null) return <Spinner label="Loading the atom…" />;
  const room = Math.max(1, height - 1);
  const start = Math.max(0, Math.min(offset, data.length - room));
  const shown = data.slice(start, start + room);
  const rest = data.length - start - shown.length;
  const color = (line: DetailLine) => (line.tone ? colors[line.tone] : undefined);
  return (
    <Box flexDirection="column" width={width}>
      {shown.map((line, index) =>
        line.rich ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: detail lines are positional
          <RichLineView key={start + index} line={line.rich} indent="  " wrap="truncate" />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: detail lines are positional
          <Text key={start + index} wrap="truncate" bold={line.isHeading} color={color(line)}>
            {line.text}
          </Text>
        ),
      )}
      <Text color={colors.muted}>
        {rest > 0 ? `… ${rest} more lines` : start > 0 ? '(end)' : ''}
      </Text>
    </Box>
  );
}
