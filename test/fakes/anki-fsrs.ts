import {BindingMemoryState, FSRSBinding} from '@open-spaced-repetition/binding';

/** A card's FSRS memory state in the fake (Anki keeps it in `cards.data`: `s`, `d`, `lrt`). */
export interface FakeMemory {
  stability: number;
  difficulty: number;
  lastReviewMs: number;
}

const engines = new Map<string, FSRSBinding>();

/** fsrs-rs (what Anki runs) for a parameter vector; [] → its defaults. */
export function fsrsEngine(params: readonly number[]): FSRSBinding {
  const key = params.join(',');
  let engine = engines.get(key);
  if (engine === undefined) {
    engine = params.length === 0 ? new FSRSBinding() : new FSRSBinding([...params]);
    engines.set(key, engine);
  }
  return engine;
}

/**
 * One answer as Anki's FSRS scheduler gives it (fsrs-rs `next_states`, as
 * `rslib/src/scheduler/answering/` calls it): the new memory state and the interval in days.
 */
export function fsrsAnswer(
  memory: FakeMemory | null,
  params: readonly number[],
  desiredRetention: number,
  elapsedDays: number,
  rating: 1 | 2 | 3 | 4,
): {stability: number; difficulty: number; interval: number} {
  const current =
    memory === null ? null : new BindingMemoryState(memory.stability, memory.difficulty);
  const states = fsrsEngine(params).nextStates(current, desiredRetention, elapsedDays);
  const next = [states.again, states.hard, states.good, states.easy][rating - 1];
  if (next === undefined) throw new Error(`bad rating ${rating}`);
  return {
    stability: next.memory.stability,
    difficulty: next.memory.difficulty,
    interval: next.interval,
  };
}

/** The revlog `factor` FSRS logs: 1000 × difficulty_shifted, (D − 1)/9 + 0.1 (rslib/src/card/mod.rs). */
export function loggedFactor(difficulty: number): number {
  return Math.round(((difficulty - 1) / 9 + 0.1) * 1000);
}
