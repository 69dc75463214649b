import {useState} from 'react';
import type {AnkiDayRule} from '../../anki/anki-day.js';
import type {Database} from '../../db/connection.js';
import {findExam, type StoredExam} from '../../db/plan-rows.js';
import {SCOPE_STACKS} from '../../keymap/keymap.js';
import {useKeymap} from '../../keymap/use-keymap.js';
import {buildPlan, type PlanReport} from '../../plan/plan-service.js';
import {useServices} from '../app/services-context.js';
import {type ScreenBindings, useScreenBindings} from '../app/shell-context.js';
import {type DbLoad, useDbLoad} from '../app/use-db-load.js';

/** What the Plan screen shows: the stored exam and its plan, or null when none is set. */
export interface PlanScreenData {
  exam: StoredExam;
  report: PlanReport;
}

const bindings: ScreenBindings = {scopes: SCOPE_STACKS.plan};

async function loadPlan(db: Database, now: Date, day: AnkiDayRule): Promise<PlanScreenData | null> {
  const exam = await findExam(db.sql);
  if (exam === undefined) return null;
  const report = await buildPlan(db, {
    now,
    exam: exam.examDate,
    scope: exam.scope,
    target: exam.target,
    minutes: exam.minutes ?? undefined,
    day,
  });
  return {exam, report};
}

/** Plan screen state: the plan toward the stored exam, rebuilt with `plan.refresh`. */
export function usePlanScreen(
  isActive: boolean,
): DbLoad<PlanScreenData | null> & {isReady: boolean} {
  const {db, now, config} = useServices();
  const [version, setVersion] = useState(0);
  const load = useDbLoad((database) => loadPlan(database, now(), config.anki.day), version);
  useKeymap(
    {'plan.refresh': () => setVersion((v) => v + 1)},
    {scopes: SCOPE_STACKS.plan, isActive},
  );
  useScreenBindings('plan', bindings, isActive);
  return {...load, isReady: db !== null};
}
