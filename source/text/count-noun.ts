/** "1 proposal", "2 proposals": the count and the noun in the right number. */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
