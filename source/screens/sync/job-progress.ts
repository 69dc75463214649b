import type {JobText} from '../../jobs/job-outcome.js';
import type {ProgressEvent} from '../../progress/progress-events.js';
import type {JobId} from './sync-jobs.js';

/** A job started from the Sync screen, as it runs and after it ends. */
export interface JobState {
  id: JobId;
  title: string;
  status: 'running' | 'cancelling' | 'completed' | 'failed' | 'cancelled';
  phase: string;
  done: number;
  total?: number;
  /** The last few info and warning messages. */
  messages: string[];
  startedAt: number;
  /** The first line of the job's phrasing (the headline the CLI prints first too). */
  summary?: string;
}

/** The job state once the job ended: its headline, and its warnings after the messages. */
export function completeJob(state: JobState, text: JobText): JobState {
  const warnings = text.warnings.map((warning) => `! ${warning}`);
  return {
    ...state,
    status: 'completed',
    summary: text.lines[0] ?? '',
    messages: [...state.messages, ...warnings].slice(-3),
  };
}

/** Folds one progress event into the job state. */
export function applyProgress(state: JobState, event: ProgressEvent): JobState {
  if (event.type === 'phase') return {...state, phase: event.phase, done: 0, total: event.total};
  if (event.type === 'advance') {
    return {...state, phase: event.phase, done: event.done, total: event.total ?? state.total};
  }
  const text = event.level === 'warn' ? `! ${event.text}` : event.text;
  return {...state, messages: [...state.messages, text].slice(-3)};
}

/** Whether the job is still going. */
export function isLive(state: JobState | null): boolean {
  return state?.status === 'running' || state?.status === 'cancelling';
}
