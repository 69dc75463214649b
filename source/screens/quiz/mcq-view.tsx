import {Box, Text} from 'ink';
import {ListRow} from '../../components/list-row.js';
import {RichInline} from '../../components/rich-text.js';
import {useTheme} from '../../components/theme-context.js';
import type {PresentedView} from '../../quiz/present.js';
import type {AnswerDraft} from '../../quiz/session-types.js';
import {optionMark} from './quiz-labels.js';

/** Props of {@link McqView}. */
export interface McqViewProps {
  view: Extract<PresentedView, {type: 'mcq'}>;
  draft: Extract<AnswerDraft, {type: 'mcq'}>;
}

/** Numbered options; `( )`/`(•)` for one answer, `[ ]`/`[x]` when several are right. */
export function McqView({view, draft}: McqViewProps) {
  const {colors} = useTheme();
  // Screen readers hear radios or checkboxes and their checked state, not the drawn mark.
  const role = view.multi ? 'checkbox' : 'radio';
  return (
    <Box flexDirection="column">
      <Text color={colors.muted}>
        {view.multi ? `Choose ${view.selectCount} options.` : 'Choose one option.'}
      </Text>
      <Box flexDirection="column" aria-role={view.multi ? 'list' : 'radiogroup'}>
        {view.options.map((option, at) => {
          const chosen = draft.selected.includes(at);
          const box = optionMark(view.multi, chosen);
          return (
            <ListRow key={option} isSelected={draft.cursor === at} role={role} isChecked={chosen}>
              <Text aria-hidden>{box} </Text>
              {at + 1}. <RichInline markdown={option} />
            </ListRow>
          );
        })}
      </Box>
    </Box>
  );
}
