import {describe, expect, it} from 'vitest';
import {findCramAtoms} from '../../../source/db/cram-rows.js';
import {shuffleCram} from '../../../source/quiz/cram/cram-session.js';
import {resolveQuizScope} from '../../../source/quiz/service/quiz-scope.js';
import {CramScreen} from '../../../source/screens/cram/cram-screen.js';
import {QuizScreen} from '../../../source/screens/quiz/quiz-screen.js';
import {type FakeAnki, startFakeAnki} from '../../fakes/anki-server.js';
import {press} from '../../helpers/press.js';
import {renderTui, waitFor} from '../../helpers/render.js';
import {demoSuite, until, withServices} from '../screens/screen-fixtures.js';

/** Rows in every table of the public schema, by table. */
async function rowCounts(sql: ReturnType<typeof demoSuite>['db']['sql']) {
  const tables = await sql<{table_name: string}[]>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
  const counts: Record<string, number> = {};
  for (const {table_name: table} of tables) {
    const [row] = await sql<{n: number}[]>`select count(*)::int as n from ${sql(table)}`;
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

describe('cram mode', () => {
  const suite = demoSuite();

  it('runs flashcards, clozes and quiz items of a scope and writes no row anywhere', async () => {
    let fake: FakeAnki | undefined;
    try {
      fake = await startFakeAnki();
      const scope = await resolveQuizScope(suite.db.sql, {module: 'Week 1'});
      const atoms = await findCramAtoms(suite.db.sql, scope.filter);
      const types = new Set(atoms.map((atom) => atom.atomType));
      expect(types.has('flashcard')).toBe(true);
      expect(types.has('cloze')).toBe(true);
      const items = shuffleCram(atoms, 6, () => 0.3);
      const before = await rowCounts(suite.db.sql);
      const atomsBefore = await suite.db.sql`select * from learning_atoms order by id`;
      let summary = '';
      const view = renderTui(
        withServices(
          suite.db,
          suite.config,
          <CramScreen items={items} width={100} onLeave={(line) => (summary = line)} />,
        ),
      );
      await waitFor(() => expect(view.frame()).toContain('1 of 6'));
      expect(view.frame()).toContain('Cram mode — nothing is saved');
      for (const [index, item] of items.entries()) {
        await waitFor(() => expect(view.frame()).toContain(`${index + 1} of 6`));
        press(view.stdin, 'cram.reveal');
        if (item.back !== '')
          await waitFor(() =>
            expect(view.frame()).toContain(item.back.split('\n')[0]!.slice(0, 20)),
          );
        else await new Promise((resolve) => setTimeout(resolve, 20));
        press(view.stdin, index % 2 === 0 ? 'cram.knew' : 'cram.missed');
      }
      await waitFor(() => expect(view.frame()).toContain('Cram: 6 of 6 seen, 3 known, 3 missed.'));
      expect(view.frame().replace(/\s+/g, ' ')).toContain(
        'Nothing was saved: no schedule, no quiz answer, nothing sent to Anki.',
      );
      press(view.stdin, 'cram.leave');
      await waitFor(() => expect(summary).toContain('6 of 6 seen'));
      view.unmount();
      expect(await rowCounts(suite.db.sql)).toEqual(before);
      expect(await suite.db.sql`select * from learning_atoms order by id`).toEqual(atomsBefore);
      expect(fake.requests).toHaveLength(0);
    } finally {
      await fake?.stop();
    }
  });

  it('the quiz screen switches to cram on its key and back, saving nothing', async () => {
    const before = await rowCounts(suite.db.sql);
    const view = renderTui(
      withServices(
        suite.db,
        suite.config,
        <QuizScreen isActive width={100} height={30} module="Week 1" count={4} showHints />,
      ),
    );
    await until(() => expect(view.frame()).toContain('1/4'));
    press(view.stdin, 'quiz.cram');
    await waitFor(() => expect(view.frame()).toContain('Cram mode — nothing is saved'));
    await until(() => expect(view.frame()).toContain('1 of 4'));
    press(view.stdin, 'cram.reveal');
    // The services' randomness is 0.5: the same shuffle gives the first item.
    const scope = await resolveQuizScope(suite.db.sql, {module: 'Week 1'});
    const [first] = shuffleCram(await findCramAtoms(suite.db.sql, scope.filter), 4, () => 0.5);
    await until(() => expect(view.frame()).toContain(first!.back.split('\n')[0]!.slice(0, 20)));
    press(view.stdin, 'cram.knew');
    await until(() => expect(view.frame()).toContain('2 of 4'));
    press(view.stdin, 'cram.leave');
    await waitFor(() => expect(view.frame()).not.toContain('Cram mode'));
    view.unmount();
    expect(await rowCounts(suite.db.sql)).toEqual(before);
  });
});
