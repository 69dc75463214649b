import {Box, Text} from 'ink';
import {ListRow} from '../../components/list-row.js';
import {RichInline} from '../../components/rich-text.js';
import {useTheme} from '../../components/theme-context.js';
import type {PresentedView} from '../../quiz/present.js';
import type {AnswerDraft} from '../../quiz/session-types.js';

/** Props of {@link ParsonsView}. */
export interface ParsonsViewProps {
  view: Extract<PresentedView, {type: 'parsons'}>;
  draft: Extract<AnswerDraft, {type: 'parsons'}>;
}

/** Spaces drawn per indentation level (the answer's own unit, or 2 when it has none). */
export function levelWidth(view: Extract<PresentedView, {type: 'parsons'}>): number {
  return view.usesIndentation ? view.indentUnit : 2;
}

/** The code blocks in the current order, indented as set; excluded ones are struck out. */
export function ParsonsView({view, draft}: ParsonsViewProps) {
  const {colors} = useTheme();
  const unit = levelWidth(view);
  const hasDistractors = view.blocks.some((block) => block.source === 'distractor');
  return (
    <Box flexDirection="column">
      <Text color={colors.muted}>
        Order the lines{view.usesIndentation ? ' and indent them' : ''}.
        {hasDistractors ? ' Some lines do not belong: exclude them.' : ''}
      </Text>
      <Box flexDirection="column" aria-role="list">
        {draft.blocks.map((entry, at) => {
          const text = <RichInline markdown={view.blocks[entry.block]?.text ?? ''} />;
          const number = String(at + 1).padStart(2, ' ');
          return (
            <ListRow key={entry.block} isSelected={draft.cursor === at}>
              <Text color={colors.muted}>{number} </Text>
              {entry.excluded ? (
                <Text color={colors.muted} strikethrough>
                  <Text aria-label="excluded:">✗</Text> {text}
                </Text>
              ) : (
                <Text>
                  {/* Read aloud, the drawn indentation becomes its level. */}
                  <Text aria-label={`indent ${entry.level}: `}>
                    {'│ '}
                    {' '.repeat(entry.level * unit)}
                  </Text>
                  {text}
                </Text>
              )}
            </ListRow>
          );
        })}
      </Box>
    </Box>
  );
}
