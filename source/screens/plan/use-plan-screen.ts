import {useState} from 'react';
import type {AnkiDayRule} from '../../anki/anki-day.js';
import type {Database} from '../../db/connection.js';
import {findLeeches, type LeechRow} from '../../db/leech-rows.js';
import {findExam, type StoredExam} from '../../db/plan-rows.js';
import {SCOPE_STACKS} from '../../keymap/keymap.js';
import {useKeymap} from '../../keymap/use-keymap.js';
import {LEECH_DIFFICULTY} from '../../leech/leech-history.js';
import {buildPlan, type PlanReport} from '../../plan/plan-service.js';
import {useServices} from '../app/services-context.js';
import {type ScreenBindings, useScreenBindings} from '../app/shell-context.js';
import {type DbLoad, useDbLoad} from '../app/use-db-load.js';

/** What the Plan screen shows: the plan toward the stored exam (if set) and the leeches. */
export interface PlanScreenData {
  plan: {exam: StoredExam; report: PlanReport} | null;
  leeches: LeechRow[];
  /** The lapse threshold the leeches were found with (ANKI_LEECH_LAPSES). */
  lapses: number;
}

const bindings: ScreenBindings = {scopes: SCOPE_STACKS.plan};

async function loadPlan(
  db: Database,
  now: Date,
  day: AnkiDayRule,
  lapses: number,
): Promise<PlanScreenData> {
  const limits = {lapses, difficulty: LEECH_DIFFICULTY};
  const leeches = await findLeeches(db.sql, limits);
  const exam = await findExam(db.sql);
  if (exam === undefined) return {plan: null, leeches, lapses};
  const report = await buildPlan(db, {
    now,
    exam: exam.examDate,
    scope: exam.scope,
    target: exam.target,
    minutes: exam.minutes ?? undefined,
    day,
  });
  return {plan: {exam, report}, leeches, lapses};
}

/** Plan screen state: the plan toward the stored exam, rebuilt with `plan.refresh`. */
export function usePlanScreen(isActive: boolean): DbLoad<PlanScreenData> & {isReady: boolean} {
  const {db, now, config} = useServices();
  const [version, setVersion] = useState(0);
  const load = useDbLoad(
    (database) => loadPlan(database, now(), config.anki.day, config.anki.leechLapses),
    version,
  );
  useKeymap(
    {'plan.refresh': () => setVersion((v) => v + 1)},
    {scopes: SCOPE_STACKS.plan, isActive},
  );
  useScreenBindings('plan', bindings, isActive);
  return {...load, isReady: db !== null};
}
