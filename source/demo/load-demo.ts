import {clearAllData, hasDemoData} from '../db/demo-marker.js';
import {insertDemoCourse} from '../db/demo-rows.js';
import type {Sql} from '../db/sql-client.js';
import {recomputeMastery} from '../mastery/recompute-mastery.js';
import type {DemoAtom} from './content/demo-types.js';
import {demoAreas, demoModules, demoProgram, demoRewrites, demoTracks} from './content/index.js';
import {buildDemoQuizHistory, buildDemoReviewQueue, buildDemoSyncLog} from './demo-activity.js';
import {buildDemoAtoms} from './demo-atoms.js';
import {buildDemoHierarchy} from './demo-hierarchy.js';
import {seededRandom} from './seeded-random.js';

const dayMs = 86_400_000;

/** What `loadDemoData` did. */
export interface DemoLoadResult {
  created: boolean;
}

/**
 * Loads the demo course into an empty (or reset) database in one transaction. The course is
 * dated so that "now" falls in its week 7: earlier weeks have Anki and quiz history.
 */
export async function loadDemoData(
  sql: Sql,
  options: {now: Date; seed?: number; reset?: boolean},
): Promise<DemoLoadResult> {
  if (options.reset) await clearAllData(sql);
  else if (await hasDemoData(sql)) return {created: false};
  const random = seededRandom(options.seed ?? 20_261_125);
  const now = options.now;
  const startDate = new Date(now.getTime() - 6 * 7 * dayMs - 2 * dayMs);
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  const program = {
    ...demoProgram,
    startDate: iso(startDate),
    endDate: iso(new Date(startDate.getTime() + 12 * 7 * dayMs)),
  };
  const hierarchy = buildDemoHierarchy(
    {areas: demoAreas, tracks: demoTracks, modules: demoModules, program},
    random,
  );
  const atomsByConcept = new Map<string, DemoAtom[]>();
  for (const area of demoAreas) {
    for (const cluster of area.clusters) {
      for (const concept of cluster.concepts) atomsByConcept.set(concept.name, concept.atoms);
    }
  }
  const atoms = buildDemoAtoms(hierarchy, atomsByConcept, {now, startDate, random});
  const studiedWeeks = new Set(
    hierarchy.modules.filter((m) => m.weekOrder <= 6).map((m) => String(m.id)),
  );
  const quiz = buildDemoQuizHistory(atoms, studiedWeeks, now, random);
  const queue = buildDemoReviewQueue(demoRewrites, atoms, now, random);
  const syncLog = buildDemoSyncLog(now, atoms.length, random);
  const modules = hierarchy.modules.map((m) => ({
    ...m,
    status: m.weekOrder < 7 ? 'completed' : m.weekOrder === 7 ? 'in_progress' : 'not_started',
  }));
  await insertDemoCourse(sql, {
    programs: hierarchy.programs,
    tracks: hierarchy.tracks,
    modules,
    areas: hierarchy.areas,
    clusters: hierarchy.clusters,
    concepts: hierarchy.concepts.map(({week: _week, ...concept}) => concept),
    atoms,
    quizSchedule: quiz.schedule,
    quizAttempts: quiz.attempts,
    reviewQueue: queue,
    syncLog,
  });
  await recomputeMastery(sql, now);
  return {created: true};
}
