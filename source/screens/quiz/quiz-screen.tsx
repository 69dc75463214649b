import {Box, Text} from 'ink';
import {ErrorLine} from '../../components/error-line.js';
import {Spinner, useSpinnerFrame} from '../../components/spinner.js';
import {useTheme} from '../../components/theme-context.js';
import type {QuizScope} from '../../quiz/service/quiz-scope.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';
import {useServices} from '../app/services-context.js';
import {CramScreen} from '../cram/cram-screen.js';
import {useCramSwitch} from '../cram/use-cram-switch.js';
import {AnswerMissingLine} from './answer-missing-line.js';
import {FeedbackView} from './feedback-view.js';
import {MatchingView} from './matching-view.js';
import {McqView} from './mcq-view.js';
import {ParsonsView} from './parsons-view.js';
import {QuestionHeader} from './question-header.js';
import {QuizHints} from './quiz-hints.js';
import {quizScopeStack} from './quiz-scopes.js';
import {SummaryView} from './summary-view.js';
import {TrueFalseView} from './true-false-view.js';
import {type QuizScreenModel, useQuizScreen} from './use-quiz-screen.js';

/** Props of {@link QuizScreen}: the shell's space, plus the optional scope of the session. */
export interface QuizScreenProps extends QuizScope {
  isActive: boolean;
  width: number;
  height: number;
  /** Items per session (default 10). */
  count?: number;
  /** Standalone (`nls quiz`): called after the summary is closed or `q` pressed, once saved. */
  onExit?: () => void;
  /** Draw the key hints line (standalone; the app shell draws its own footer). */
  showHints?: boolean;
}

function QuestionBody({model, width}: {model: QuizScreenModel; width: number}) {
  const {state} = model;
  const item = state.items[state.index];
  if (!item) return null;
  const position = state.index + 1;
  const header = <QuestionHeader item={item} position={position} total={state.items.length} />;
  if (state.phase === 'feedback' && state.feedback) {
    return (
      <Box flexDirection="column">
        {header}
        <FeedbackView item={item} feedback={state.feedback} />
      </Box>
    );
  }
  const {view} = item;
  const draft = state.draft;
  let body = null;
  if (view.type === 'mcq' && draft?.type === 'mcq') body = <McqView view={view} draft={draft} />;
  if (view.type === 'true_false') body = <TrueFalseView />;
  if (view.type === 'matching' && draft?.type === 'matching') {
    body = <MatchingView view={view} draft={draft} width={width} />;
  }
  if (view.type === 'parsons' && draft?.type === 'parsons') {
    body = <ParsonsView view={view} draft={draft} />;
  }
  return (
    <Box flexDirection="column">
      {header}
      {body}
      {state.answerMissing ? <AnswerMissingLine type={view.type} /> : null}
    </Box>
  );
}

function ScreenBody({
  model,
  width,
  height,
}: {
  model: QuizScreenModel;
  width: number;
  height: number;
}) {
  const {now} = useServices();
  const frame = useSpinnerFrame(80, model.loading);
  if (model.loadError) {
    return <ErrorLine message={model.loadError.message} hint={model.loadError.hint} />;
  }
  if (model.loading || !model.session) return <Spinner label="Loading quiz items…" frame={frame} />;
  if (model.session.empty) {
    return <ErrorLine message={model.session.empty.message} hint={model.session.empty.hint} />;
  }
  const {state} = model;
  if (state.phase === 'summary' && state.summary) {
    return (
      <SummaryView
        summary={state.summary}
        items={state.items}
        now={now()}
        width={width}
        maxDue={Math.max(1, height - 14)}
      />
    );
  }
  return <QuestionBody model={model} width={width} />;
}

function Hints({model, width}: {model: QuizScreenModel; width: number}) {
  const {phase} = model.state;
  if (phase === 'question' || phase === 'feedback') {
    return <QuizHints scopes={quizScopeStack(model.state)} width={width} />;
  }
  // After the session (or when there is nothing to ask) enter closes it.
  return <QuizHints scopes={['global']} width={width} closeHint />;
}

/** The terminal quiz: one question at a time, feedback with a rating, and a summary. */
export function QuizScreen(props: QuizScreenProps) {
  const {colors} = useTheme();
  const scope = {concept: props.concept, module: props.module, cluster: props.cluster};
  const cram = useCramSwitch({isActive: props.isActive, scope, count: props.count});
  const model = useQuizScreen({
    isActive: props.isActive && cram.items === null,
    scope,
    count: props.count,
    onExit: props.onExit,
  });
  const status = model.saveError
    ? null
    : model.saving
      ? 'saving…'
      : model.saved > 0
        ? `${model.saved} saved`
        : '';
  const bodyHeight = Math.max(1, props.height - (props.showHints ? 3 : 1));
  return (
    <Box flexDirection="column" width={props.width} height={props.height}>
      <Box justifyContent="space-between">
        <Text color={colors.accent} bold>
          Quiz · {sanitizeTerminalText(model.session?.scopeLabel ?? '…')}
        </Text>
        <Text color={colors.muted}>{status}</Text>
      </Box>
      <Box flexDirection="column" height={bodyHeight} overflow="hidden">
        {model.saveError ? (
          <ErrorLine
            message={`Could not save an answer: ${model.saveError.message}`}
            hint={model.saveError.hint}
          />
        ) : null}
        {cram.items === null ? (
          <ScreenBody model={model} width={props.width} height={bodyHeight} />
        ) : (
          <CramScreen
            items={cram.items}
            width={props.width}
            isActive={props.isActive}
            onLeave={cram.leave}
          />
        )}
      </Box>
      {props.showHints ? (
        <Box marginTop={1}>
          <Hints model={model} width={props.width} />
        </Box>
      ) : null}
    </Box>
  );
}
