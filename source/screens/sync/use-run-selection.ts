import {useRef, useState} from 'react';

/** The Sync screen's selected run: an index into the history, kept on the same run across reloads. */
export interface RunSelection {
  /** The selected index (a ref, so key presses faster than renders see the latest). */
  current: () => number;
  move: (to: number) => void;
  /** Select the newest run, and keep selecting the newest as runs arrive (a job just started). */
  followNewest: () => void;
}

/**
 * The history reloads when any process finishes a run, and new runs arrive at the top: an index
 * alone would then point at another run than the one the learner was reading. So the selection
 * remembers the run's id and finds it again in each new history.
 */
export function useRunSelection(runs: readonly {id: string}[] | null): RunSelection {
  const [, setSelected] = useState(0);
  const index = useRef(0);
  const runId = useRef<string | null>(null);
  const count = runs?.length ?? 0;
  // Found again while rendering, not in an effect: an effect would first draw one frame with
  // the old index on the new list, the wrong run selected. Idempotent, so safe to redo.
  if (runs && runId.current !== null) {
    const found = runs.findIndex((run) => run.id === runId.current);
    if (found >= 0) index.current = found;
  }
  const move = (to: number) => {
    index.current = Math.max(0, Math.min(count - 1, to));
    runId.current = runs?.[index.current]?.id ?? null;
    setSelected(index.current);
  };
  const followNewest = () => {
    index.current = 0;
    runId.current = null;
    setSelected(0);
  };
  return {current: () => index.current, move, followNewest};
}
