import {Box, Text} from 'ink';
import {RichInline} from '../../components/rich-text.js';
import {useTheme} from '../../components/theme-context.js';
import {expectedLevels, type PresentedItem} from '../../quiz/present.js';
import type {QuizFeedback} from '../../quiz/session-types.js';
import {letter, optionMark} from './quiz-labels.js';

/** Props of {@link AnswerKeyView}. */
export interface AnswerKeyViewProps {
  item: PresentedItem;
  feedback: QuizFeedback;
}

const clean = (text: string) => <RichInline markdown={text} />;

/** An answer-key option in words, for screen readers: `correct, picked: `. */
function answerWords(option: {correct: boolean; selected: boolean}): string {
  const right = option.correct ? 'correct' : 'not correct';
  return `${right}, ${option.selected ? 'picked' : 'not picked'}: `;
}

/** The correct answer next to the one given, per question type. */
export function AnswerKeyView({item, feedback}: AnswerKeyViewProps) {
  const {colors} = useTheme();
  const {content, view} = item;
  const details = feedback.grade.details;
  if (details.type === 'mcq' && view.type === 'mcq') {
    return (
      <Box flexDirection="column">
        {details.options.map((option) => (
          <Text key={option.option} color={option.correct ? colors.success : undefined}>
            {/* Read aloud: whether the option is right and whether it was picked, in words. */}
            <Text aria-label={answerWords(option)}>
              {option.correct ? '✓' : ' '} {optionMark(view.multi, option.selected)}{' '}
            </Text>
            {option.option + 1}. {clean(view.options[option.option] ?? '')}
            {option.selected && !option.correct ? (
              <Text color={colors.danger} aria-hidden>
                {' '}
                ✗
              </Text>
            ) : null}
          </Text>
        ))}
      </Box>
    );
  }
  if (details.type === 'true_false') {
    const given = details.given === null ? 'You gave no answer.' : `You answered ${details.given}.`;
    return (
      <Text>
        The statement is <Text bold>{String(details.expected)}</Text>. {given}
      </Text>
    );
  }
  if (details.type === 'matching' && view.type === 'matching') {
    return (
      <Box flexDirection="column">
        {details.pairs.map((pair) => (
          <Text key={pair.left} color={pair.ok ? colors.success : undefined}>
            <Text aria-label={pair.ok ? 'right:' : 'wrong:'}>{pair.ok ? '✓' : '✗'}</Text>{' '}
            {clean(view.left[pair.left] ?? '')} <Text aria-label="goes with">→</Text>{' '}
            {clean(view.right[pair.expected] ?? '')}
            {pair.ok ? null : (
              <Text color={colors.danger}>
                {' '}
                (you:{' '}
                {pair.given === null
                  ? 'none'
                  : `${letter(pair.given)}. ${clean(view.right[pair.given] ?? '')}`}
                )
              </Text>
            )}
          </Text>
        ))}
      </Box>
    );
  }
  if (details.type === 'parsons' && content.type === 'parsons' && view.type === 'parsons') {
    return <ParsonsAnswerKey content={content} view={view} details={details} />;
  }
  return null;
}

type Parsons<T extends {type: string}> = Extract<T, {type: 'parsons'}>;

// The correct code at its indentation, with the scores for order and indentation.
function ParsonsAnswerKey({
  content,
  view,
  details,
}: {
  content: Parsons<PresentedItem['content']>;
  view: Parsons<PresentedItem['view']>;
  details: Parsons<QuizFeedback['grade']['details']>;
}) {
  const {colors} = useTheme();
  const unit = view.usesIndentation ? view.indentUnit : 2;
  const levels = expectedLevels(content.lines);
  const order = `order ${Math.round(details.orderScore * 100)}%`;
  const indent =
    details.indentScore === null ? '' : `, indentation ${Math.round(details.indentScore * 100)}%`;
  return (
    <Box flexDirection="column">
      <Text color={colors.muted}>
        Correct code ({order}
        {indent}):
      </Text>
      {content.lines.map((line, at) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; code lines may repeat
        <Text key={at} color={colors.success}>
          <Text aria-label={`indent ${levels[at] ?? 0}: `}>
            {'│ '}
            {' '.repeat((levels[at] ?? 0) * unit)}
          </Text>
          {clean(line.trim())}
        </Text>
      ))}
      {(content.distractors ?? []).length > 0 ? (
        <Text color={colors.muted}>
          Not part of it:{' '}
          {(content.distractors ?? []).map((text, at) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; lines may repeat
            <Text key={at}>
              {at > 0 ? ' · ' : ''}
              {clean(text)}
            </Text>
          ))}
        </Text>
      ) : null}
    </Box>
  );
}
