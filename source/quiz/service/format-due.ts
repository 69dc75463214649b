const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** When something is due relative to `now`: `now`, `in 10 min`, `in 5 h`, `in 3 days`. */
export function formatDue(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  if (ms <= 0) return 'now';
  if (ms < hourMs) return `in ${Math.max(1, Math.round(ms / minuteMs))} min`;
  if (ms < 2 * dayMs) return `in ${Math.round(ms / hourMs)} h`;
  const days = Math.round(ms / dayMs);
  return `in ${days} days`;
}
