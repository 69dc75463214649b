import {createAnkiClient} from '../anki/client.js';
import {saveExam} from '../db/plan-rows.js';
import {applyPlan, buildPlan, plannedMoves} from '../plan/plan-service.js';
import {planSummary} from '../plan/plan-summary.js';
import {confirmDestructive} from '../terminal/confirm.js';
import {countNoun} from '../text/count-noun.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, withCommandDatabase} from './command-preamble.js';
import type {PlanOptions} from './options/plan-options.js';

/** `nls plan --exam DATE`: recall on the exam date and the reviews a day to reach the target. */
export async function run(options: PlanOptions, {output}: CommandContext) {
  const config = loadCommandConfig();
  const now = new Date();
  const scope = options.scope ?? null;
  const {minutes, target} = options;
  return withCommandDatabase(config, async (db) => {
    const report = await buildPlan(db, {
      now,
      exam: options.exam,
      scope,
      target,
      minutes,
      day: config.anki.day,
    });
    await saveExam(db.sql, {examDate: report.exam, scope, target, minutes: minutes ?? null});
    if (options.json) output.json({...report, ankiCards: undefined});
    else for (const line of planSummary(report, now)) output.line(line);
    if (!options.apply) {
      if (!options.json) output.line('Nothing was rescheduled (--apply moves the planned cards).');
      return 0;
    }
    const {anki, quiz} = plannedMoves(report);
    const question = `Move ${countNoun(anki.length, 'Anki card')} and ${countNoun(quiz.length, 'quiz item')} to their planned days?`;
    if (
      anki.length + quiz.length === 0 ||
      !(await confirmDestructive(question, {yes: options.yes}))
    ) {
      if (!options.json) output.line('Nothing was moved.');
      return 0;
    }
    const client = createAnkiClient({url: config.anki.url, key: config.anki.key});
    const moved = await applyPlan(db, client, report, now);
    if (!options.json)
      output.line(
        `Moved ${countNoun(moved.anki, 'Anki card')} and ${countNoun(moved.quiz, 'quiz item')}.`,
      );
    return 0;
  });
}
