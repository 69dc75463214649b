import {expect} from 'vitest';

/** Fails unless every piece occurs in `text`, each after the one before it (reading order). */
export function expectInOrder(text: string, pieces: readonly (string | RegExp)[]): void {
  let from = 0;
  for (const piece of pieces) {
    const rest = text.slice(from);
    const match = typeof piece === 'string' ? rest.indexOf(piece) : rest.search(piece);
    if (match < 0) expect.fail(`${String(piece)} not found after offset ${from} in:\n${text}`);
    from += match + 1;
  }
}
