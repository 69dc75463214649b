/** Anki's answer buttons by ease. */
const BUTTONS = ['Again', 'Hard', 'Good', 'Easy'] as const;

/** Anki's leech threshold by default (preset option "Leech threshold": 8 lapses). */
export const DEFAULT_LEECH_LAPSES = 8;
/** Difficulty (0–1) above which a card counts as a leech however few its lapses. */
export const LEECH_DIFFICULTY = 0.9;

/** A leech's history in words, for the rewrite prompt and the list. */
export function leechHistory(leech: {
  lapses: number;
  lastAnswers: readonly number[];
  difficulty: number | null;
}): string {
  const parts = [`forgotten ${leech.lapses} ${leech.lapses === 1 ? 'time' : 'times'}`];
  const answers = leech.lastAnswers.map((ease) => BUTTONS[ease - 1] ?? '?');
  if (answers.length > 0) {
    const count = ['', 'last answer', 'last two answers', 'last three answers'][answers.length];
    parts.push(`${count} ${answers.join(', ')}`);
  }
  if (leech.difficulty !== null && leech.difficulty > LEECH_DIFFICULTY) {
    parts.push(`difficulty ${leech.difficulty.toFixed(2)} of 1`);
  }
  return parts.join('; ');
}
