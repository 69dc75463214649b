import {useApp, useStdout} from 'ink';
import {useEffect, useState} from 'react';
import type {QuizScope} from '../../quiz/service/quiz-scope.js';
import {QuizScreen} from './quiz-screen.js';

/** Props of {@link QuizApp}. */
export interface QuizAppProps extends QuizScope {
  count?: number;
}

function useTerminalSize(): {width: number; height: number} {
  const {stdout} = useStdout();
  const read = () => ({width: stdout.columns || 100, height: stdout.rows || 30});
  const [size, setSize] = useState(read);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` only reads `stdout`
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}

/** `nls quiz` on its own: the quiz screen over the whole terminal, leaving when it is done. */
export function QuizApp(props: QuizAppProps) {
  const {exit} = useApp();
  const {width, height} = useTerminalSize();
  return (
    <QuizScreen
      {...props}
      isActive
      width={width}
      // One row is left free so Ink never scrolls the terminal.
      height={Math.max(8, height - 1)}
      showHints
      onExit={() => exit()}
    />
  );
}
