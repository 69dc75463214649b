import {Box, Text} from 'ink';
import {RichText} from '../../components/rich-text.js';
import {useTheme} from '../../components/theme-context.js';
import type {PresentedItem} from '../../quiz/present.js';
import {type QuizRating, quizRatings} from '../../quiz/rating.js';
import type {QuizFeedback} from '../../quiz/session-types.js';
import {AnswerKeyView} from './answer-key-view.js';
import {percent, ratingLabel} from './quiz-labels.js';

/** Props of {@link FeedbackView}. */
export interface FeedbackViewProps {
  item: PresentedItem;
  feedback: QuizFeedback;
}

const ratings = Object.values(quizRatings) as QuizRating[];

/** Result, answer key, explanation and the rating that will be scheduled (1–4 change it). */
export function FeedbackView({item, feedback}: FeedbackViewProps) {
  const {colors} = useTheme();
  const {grade} = feedback;
  // The glyph repeats the colour for the eye; a screen reader hears only the word.
  const verdict = feedback.revealed
    ? {glyph: '?', word: 'Revealed', color: colors.warning}
    : grade.correct
      ? {glyph: '✓', word: 'Correct', color: colors.success}
      : grade.score > 0
        ? {glyph: '◐', word: 'Partly right', color: colors.warning}
        : {glyph: '✗', word: 'Wrong', color: colors.danger};
  const explanation = 'explanation' in item.content ? item.content.explanation : undefined;
  const seconds =
    feedback.responseMs === null ? '' : ` in ${(feedback.responseMs / 1000).toFixed(1)} s`;
  return (
    <Box flexDirection="column">
      <Text>
        <Text color={verdict.color} bold>
          <Text aria-hidden>{verdict.glyph} </Text>
          {verdict.word}
        </Text>
        <Text>
          {' '}
          score {percent(grade.score)}
          {seconds}
        </Text>
      </Text>
      <Box marginTop={1} flexDirection="column">
        <AnswerKeyView item={item} feedback={feedback} />
      </Box>
      {explanation ? (
        <Box marginTop={1}>
          <Text color={colors.muted}>Explanation: </Text>
          <RichText markdown={explanation} />
        </Box>
      ) : null}
      <Box marginTop={1}>
        <Text>
          Rating:{' '}
          {ratings.map((rating) => {
            const label = `${rating} ${ratingLabel(rating)}`;
            const chosen = rating === feedback.rating;
            return (
              <Text
                key={rating}
                color={chosen ? colors.accent : colors.muted}
                bold={chosen}
                aria-label={chosen ? `${label} (chosen), ` : `${label}, `}
              >
                {chosen ? `[${label}]` : ` ${label} `}{' '}
              </Text>
            );
          })}
          <Text color={colors.muted}>
            {feedback.rating === feedback.derivedRating
              ? '(from your answer)'
              : `(changed from ${ratingLabel(feedback.derivedRating)})`}
          </Text>
        </Text>
      </Box>
    </Box>
  );
}
