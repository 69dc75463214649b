// Optimal string alignment distance: Levenshtein plus swapped neighbours ("qiuz" → "quiz").
function distance(a: string, b: string): number {
  const rows = Array.from({length: a.length + 1}, (_, i) =>
    Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The candidate closest to `typed`, if it is close enough to be a likely typo. */
export function closestName(typed: string, candidates: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  // At most one edit per three letters: "synk" → "sync", but "zzzz" matches nothing.
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: {name: string; distance: number} | undefined;
  for (const name of candidates) {
    const d = distance(word, name);
    if (d <= limit && (best === undefined || d < best.distance)) best = {name, distance: d};
  }
  return best?.name;
}
