import type {Timing} from '../../source/network/timing.js';

/** A fake clock whose sleep returns at once and records how long it was asked to wait. */
export interface RecordingTiming extends Timing {
  clock: number;
  slept: number[];
}

/** A {@link RecordingTiming} starting at `start` ms. */
export function recordingTiming(start = 0): RecordingTiming {
  const timing: RecordingTiming = {
    clock: start,
    slept: [],
    now: () => timing.clock,
    sleep: async (ms) => {
      timing.slept.push(ms);
      timing.clock += ms;
    },
  };
  return timing;
}
