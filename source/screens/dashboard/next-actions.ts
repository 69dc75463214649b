import {formatKeys, type Keymap} from '../../keymap/keymap.js';
import type {DashboardData} from './dashboard-data.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** What to do next, most useful first, derived from the dashboard figures and the keys in force. */
export function nextActions(data: DashboardData, keymap: Keymap): string[] {
  const key = (id: Parameters<typeof formatKeys>[1]) => formatKeys(keymap, id, 1);
  const actions: string[] = [];
  const ran = (prefix: string) => data.lastRuns.some((run) => run.syncType.startsWith(prefix));
  if (!ran('notion')) actions.push('Never synced with Notion — run nls sync notion');
  if (data.pendingReviews > 0) {
    actions.push(
      `${data.pendingReviews} ${plural(data.pendingReviews, 'rewrite waits', 'rewrites wait')} for review — press ${key('global.screen-review')}`,
    );
  }
  if (data.quizDue > 0) {
    actions.push(
      `${data.quizDue} quiz ${plural(data.quizDue, 'item is', 'items are')} due — press ${key('global.screen-quiz')}`,
    );
  }
  const dueToday = data.forecast[0]?.value ?? 0;
  if (dueToday > 0) {
    actions.push(
      `${dueToday} Anki ${plural(dueToday, 'card is', 'cards are')} due today — study in Anki`,
    );
  }
  if (!ran('cleaning') && data.overview.total > 0) {
    actions.push(
      `Cards were never cleaned — press ${key('global.screen-sync')}, then ${key('sync.clean')}`,
    );
  }
  if (data.overview.inAnki > 0 && !ran('anki_pull')) {
    actions.push(
      `Review state was never pulled from Anki — press ${key('global.screen-sync')}, then ${key('sync.anki-pull')}`,
    );
  }
  if (actions.length === 0) actions.push('All caught up.');
  return actions;
}
