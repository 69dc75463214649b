/**
 * What a long job (sync, clean, push, pull) reports while it runs. The CLI draws these as a
 * progress bar or plain lines; the TUI's Sync screen draws the same events.
 */
export type ProgressEvent =
  | {type: 'phase'; phase: string; total?: number}
  | {type: 'advance'; phase: string; done: number; total?: number}
  | {type: 'message'; level: 'info' | 'warn'; text: string};

/** Receives progress events; jobs must not depend on what it does with them. */
export type ProgressListener = (event: ProgressEvent) => void;

/** A listener that ignores everything (for callers that do not show progress). */
export const ignoreProgress: ProgressListener = () => {};
