import {Box, Text} from 'ink';
import {TextInput} from '../../components/text-input.js';
import {useTheme} from '../../components/theme-context.js';
import {formatHint} from '../../keymap/keymap.js';
import {useActiveKeymap} from '../../keymap/use-keymap.js';
import type {ReviewMode} from './review-state.js';

const prompts = {
  note: {label: 'Note', placeholder: 'a note for this item (kept with the decision)'},
  reject: {label: 'Reject reason', placeholder: 'optional: why the proposal is wrong'},
  filter: {label: 'Filter', placeholder: 'source:gemini status:pending batch:ID'},
} as const;

/** The one-line inputs: reviewer note, reject reason, queue filter. */
export function ReviewInputLine({mode}: {mode: ReviewMode}) {
  const {colors} = useTheme();
  const keymap = useActiveKeymap();
  if (mode.kind !== 'note' && mode.kind !== 'reject' && mode.kind !== 'filter') return null;
  const prompt = prompts[mode.kind];
  const label =
    mode.kind === 'reject' && mode.groups > 1
      ? `Reject ${mode.groups} marked items, reason`
      : prompt.label;
  return (
    <Box flexDirection="column" flexShrink={0}>
      <Text>
        <Text bold color={colors.accent}>
          {label}:{' '}
        </Text>
        <TextInput
          value={mode.line.value}
          cursor={mode.line.cursor}
          placeholder={prompt.placeholder}
        />
      </Text>
      <Text color={colors.muted}>
        {formatHint(keymap, 'review-edit.save')} · {formatHint(keymap, 'review-edit.cancel')}
      </Text>
    </Box>
  );
}

/** The inline editor: front and back of every card, tab/↑/↓ between fields. */
export function ReviewEditForm({mode}: {mode: ReviewMode}) {
  const {colors} = useTheme();
  const keymap = useActiveKeymap();
  if (mode.kind !== 'edit') return null;
  const cards = mode.fields.length / 2;
  return (
    <Box
      flexDirection="column"
      flexShrink={0}
      borderStyle="round"
      borderColor={colors.accent}
      paddingX={1}
    >
      <Text bold color={colors.accent}>
        Edit the proposal
      </Text>
      {mode.fields.map((field, index) => {
        const card = Math.floor(index / 2) + 1;
        const side = index % 2 === 0 ? 'Front' : 'Back ';
        const isFocused = index === mode.field;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: fields are positional
          <Text key={index} wrap="wrap">
            <Text color={isFocused ? colors.selection : colors.muted} bold={isFocused}>
              <Text aria-hidden={!isFocused} aria-label="(editing)">
                {isFocused ? '› ' : '  '}
              </Text>
              {cards > 1 ? `${card} ` : ''}
              {side}{' '}
            </Text>
            <TextInput value={field.value} cursor={field.cursor} isFocused={isFocused} />
          </Text>
        );
      })}
      <Text color={colors.muted}>
        tab/↑/↓ field · {formatHint(keymap, 'review-edit.save')} (approves with your text) ·{' '}
        {formatHint(keymap, 'review-edit.cancel')}
      </Text>
    </Box>
  );
}
