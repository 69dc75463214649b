/** One atom in a cram session: any type, shown as its front and then its back. */
export interface CramItem {
  id: string;
  atomType: string;
  front: string;
  back: string;
}

/** A cram session: nothing in it is ever saved. */
export interface CramState {
  items: readonly CramItem[];
  index: number;
  isRevealed: boolean;
  knew: number;
  missed: number;
}

/** What the learner did. */
export type CramAction = {type: 'reveal'} | {type: 'knew'} | {type: 'missed'};

/** A session over these items (already in the order to ask). */
export function startCram(items: readonly CramItem[]): CramState {
  return {items, index: 0, isRevealed: false, knew: 0, missed: 0};
}

/** True once every item was answered. */
export function isCramDone(state: CramState): boolean {
  return state.index >= state.items.length;
}

/** The next state: reveal the back, then mark it known or missed and move on. */
export function cramReducer(state: CramState, action: CramAction): CramState {
  if (isCramDone(state)) return state;
  if (action.type === 'reveal') return {...state, isRevealed: true};
  if (!state.isRevealed) return state;
  const known = action.type === 'knew';
  return {
    ...state,
    index: state.index + 1,
    isRevealed: false,
    knew: state.knew + (known ? 1 : 0),
    missed: state.missed + (known ? 0 : 1),
  };
}

/** The summary line, saying that nothing was saved. */
export function cramSummary(state: CramState): string {
  const seen = state.knew + state.missed;
  return `Cram: ${seen} of ${state.items.length} seen, ${state.knew} known, ${state.missed} missed. Nothing was saved: no schedule, no quiz answer, nothing sent to Anki.`;
}

/** Items in a random order (Fisher–Yates with the given source), at most `count`. */
export function shuffleCram(
  items: readonly CramItem[],
  count: number,
  random: () => number,
): CramItem[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as CramItem, out[i] as CramItem];
  }
  return out.slice(0, count);
}
