/** Clock and sleep, injectable so tests run limiters and back-off without real waiting. */
export interface Timing {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

/** Real wall-clock timing. */
export const realTiming: Timing = {
  now: () => Date.now(),
  sleep: (ms) =>
    new Promise((resolve) => {
      setTimeout(resolve, ms);
    }),
};
