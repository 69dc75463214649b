import {default_w} from 'ts-fsrs';
import {recallAfter} from './exam-plan.js';

const DAY_MS = 86_400_000;

/** Mean predicted recall per concept, now and at the exam, of the studied atoms given. */
export function conceptRecall(
  atoms: ReadonlyArray<{conceptId: string; stability: number; lastReviewAt: Date}>,
  nowMs: number,
  examAt: number,
): Map<string, {now: number; exam: number}> {
  const sums = new Map<string, {now: number; exam: number; count: number}>();
  for (const atom of atoms) {
    const sum = sums.get(atom.conceptId) ?? {now: 0, exam: 0, count: 0};
    const last = atom.lastReviewAt.getTime();
    sum.now += recallAfter(default_w, (nowMs - last) / DAY_MS, atom.stability);
    sum.exam += recallAfter(default_w, (examAt - last) / DAY_MS, atom.stability);
    sum.count += 1;
    sums.set(atom.conceptId, sum);
  }
  return new Map(
    [...sums].map(([id, sum]) => [id, {now: sum.now / sum.count, exam: sum.exam / sum.count}]),
  );
}
