import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {ListRow} from '../../components/list-row.js';
import {RichInline} from '../../components/rich-text.js';
import {useTheme} from '../../components/theme-context.js';
import type {PresentedView} from '../../quiz/present.js';
import type {AnswerDraft} from '../../quiz/session-types.js';
import {letter} from './quiz-labels.js';

/** Props of {@link MatchingView}. */
export interface MatchingViewProps {
  view: Extract<PresentedView, {type: 'matching'}>;
  draft: Extract<AnswerDraft, {type: 'matching'}>;
  width: number;
}

/** Left items with the partner picked so far, and the shuffled right column (A, B, …). */
export function MatchingView({view, draft, width}: MatchingViewProps) {
  const {colors} = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const picking = draft.pendingLeft !== null;
  const column = Math.max(20, Math.floor((width - 2) / 2));
  const partnerOf = new Map(
    draft.pairs.flatMap((right, left) => (right === null ? [] : [[right, left]])),
  );
  return (
    <Box flexDirection="column">
      <Text color={colors.muted}>
        {picking
          ? `Pick the partner of ${draft.pendingLeft! + 1} on the right.`
          : 'Pick an item on the left, then its partner on the right.'}
      </Text>
      {/* Side by side on screen; read aloud, the right column follows the left one. */}
      <Box flexDirection={screenReader ? 'column' : 'row'}>
        <Box flexDirection="column" width={column} aria-role="list">
          {view.left.map((left, at) => {
            const right = draft.pairs[at] ?? null;
            const pending = draft.pendingLeft === at;
            return (
              <ListRow key={left} isSelected={!picking && draft.cursor === at}>
                <Text color={pending ? colors.accent : undefined}>
                  {at + 1}. <RichInline markdown={left} />
                  <Text
                    aria-label={
                      pending
                        ? ', picking its partner'
                        : right === null
                          ? undefined
                          : `, matched with ${letter(right)}`
                    }
                  >
                    {pending ? ' → ?' : right === null ? '' : ` → ${letter(right)}`}
                  </Text>
                </Text>
              </ListRow>
            );
          })}
        </Box>
        <Box flexDirection="column" width={column} aria-role="list">
          {view.right.map((right, at) => (
            <ListRow key={right} isSelected={picking && draft.cursor === at}>
              <Text color={partnerOf.has(at) ? colors.muted : undefined}>
                {letter(at)}. <RichInline markdown={right} />
                <Text
                  aria-label={
                    partnerOf.has(at) ? `, matched with ${partnerOf.get(at)! + 1}` : undefined
                  }
                >
                  {partnerOf.has(at) ? ` ← ${partnerOf.get(at)! + 1}` : ''}
                </Text>
              </Text>
            </ListRow>
          ))}
        </Box>
      </Box>
    </Box>
  );
}
