import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {loadConfig} from '../../../source/config/load-config.js';
import type {Database} from '../../../source/db/connection.js';
import {ServicesProvider} from '../../../source/screens/app/services-context.js';
import {QuizScreen} from '../../../source/screens/quiz/quiz-screen.js';
import {createTestDatabase} from '../../helpers/database.js';
import {press} from '../../helpers/press.js';
import {cleanup, eventually, renderTui, waitFor} from '../../helpers/render.js';

afterEach(cleanup);

const start = new Date('2026-03-04T10:00:00Z');
/** Fisher–Yates with this value moves nothing, so only the "never solved" swaps apply. */
const keepOrder = () => 0.999999;

const atoms = [
  {
    atom_type: 'mcq',
    front: 'Which protocols carry no connection state?',
    content: {options: ['UDP', 'TCP', 'ICMP'], correct: [0, 2], explanation: 'TCP keeps state.'},
  },
  {atom_type: 'true_false', front: 'DNS uses port 53.', content: {answer: true}},
  {
    atom_type: 'matching',
    front: 'Match each protocol to its port.',
    content: {
      pairs: [
        {left: 'HTTP', right: '80'},
        {left: 'SSH', right: '22'},
        {left: 'DNS', right: '53'},
      ],
    },
  },
  {
    atom_type: 'parsons',
    front: 'Write a function that doubles x.',
    content: {lines: ['def f(x):', '    y = x * 2', '    return y'], distractors: ['return x']},
  },
];

describe('the quiz screen', () => {
  let db: Database;
  let conceptId: string;
  const config = loadConfig({NLS_HOME: mkdtempSync(path.join(os.tmpdir(), 'nls-quiz-'))}, '/');

  beforeAll(async () => {
    db = await createTestDatabase('embedded');
    const [concept] = await db.sql<{id: string}[]>`
      insert into concepts (name) values ('Transport basics') returning id`;
    conceptId = concept!.id;
    await db.sql`insert into concepts (name) values ('Empty concept')`;
    const [reveal] = await db.sql<{id: string}[]>`
      insert into concepts (name) values ('Reveal concept') returning id`;
    await db.sql`
      insert into learning_atoms (atom_type, front, content, concept_id)
      values ('true_false', 'A /31 has two usable hosts.', ${db.sql.json({answer: true, explanation: 'RFC 3021.'})}, ${reveal!.id})`;
    const [single] = await db.sql<{id: string}[]>`
      insert into concepts (name) values ('Single choice') returning id`;
    await db.sql`
      insert into learning_atoms (atom_type, front, content, concept_id)
      values ('mcq', 'Which layer routes packets?', ${db.sql.json({options: ['Link', 'Network', 'Transport'], correct: [1]})}, ${single!.id})`;
    for (const [at, atom] of atoms.entries()) {
      await db.sql`
        insert into learning_atoms (atom_type, front, content, concept_id, created_at)
        values (${atom.atom_type}, ${atom.front}, ${db.sql.json(atom.content)}, ${conceptId},
          ${new Date(start.getTime() - (10 - at) * 60_000)})`;
    }
  });
  afterAll(async () => {
    await db?.close();
  });

  function renderQuiz(props: {concept?: string; onExit?: () => void} = {}) {
    let clock = start.getTime();
    const services = {
      config,
      db,
      now: () => {
        clock += 1000;
        return new Date(clock);
      },
      random: keepOrder,
    };
    return renderTui(
      <ServicesProvider value={services}>
        <QuizScreen isActive width={100} height={40} showHints {...props} />
      </ServicesProvider>,
    );
  }

  it('explains an empty scope and closes with enter', async () => {
    let exited = false;
    const ui = renderQuiz({
      concept: 'EMPTY concept',
      onExit: () => {
        exited = true;
      },
    });
    await waitFor(() => expect(ui.frame()).toContain('Nothing is due in concept "Empty concept"'));
    expect(ui.frame()).toContain('0 due and 6 new items exist in the whole course');
    expect(ui.frame()).toContain('enter close');
    press(ui.stdin, 'quiz-feedback.next');
    await waitFor(() => expect(exited).toBe(true));
  });

  it('reveals the answer on "I don\'t know" and saves it before q quits', async () => {
    let exited = false;
    const ui = renderQuiz({
      concept: 'reveal concept',
      onExit: () => {
        exited = true;
      },
    });
    await waitFor(() => expect(ui.frame()).toContain('1/1 True or false · Reveal concept'));
    // Enter with nothing chosen is not an answer: the screen asks for one, nothing is graded.
    press(ui.stdin, 'quiz.submit');
    await waitFor(() =>
      expect(ui.frame()).toContain(
        'Nothing chosen yet: press t for true or f for false. Or press i to see the answer.',
      ),
    );
    expect(ui.frame()).not.toContain('You gave no answer');
    expect(ui.frame()).toContain('1/1 True or false');
    press(ui.stdin, 'quiz.dont-know');
    await waitFor(() => expect(ui.frame()).toContain('? Revealed'));
    expect(ui.frame()).toContain('The statement is true. You gave no answer.');
    expect(ui.frame()).toContain('Explanation: RFC 3021.');
    expect(ui.frame()).toContain('[1 Again]');
    press(ui.stdin, 'global.quit');
    await waitFor(() => expect(exited).toBe(true));
    const rows = await db.sql`
      select t.revealed, t.rating, t.score, t.answer from quiz_attempts t
      join learning_atoms a on a.id = t.atom_id where a.front = 'A /31 has two usable hosts.'`;
    expect(rows).toEqual([
      {revealed: true, rating: 1, score: 0, answer: {type: 'true_false', value: null}},
    ]);
  });

  it('asks for a choice instead of grading an empty one, and keeps the radios in the feedback', async () => {
    const ui = renderQuiz({concept: 'Single choice'});
    await waitFor(() => expect(ui.frame()).toContain('1/1 Multiple choice · Single choice'));
    expect(ui.frame()).toContain('Choose one option.');
    expect(ui.frame()).toContain('( ) 1. Link');
    press(ui.stdin, 'quiz.submit');
    await waitFor(() =>
      expect(ui.frame()).toContain(
        'Nothing chosen yet: choose an option with space or 1-9, then enter. Or press i to see the answer.',
      ),
    );
    expect(ui.frame()).not.toContain('✗ Wrong');
    // The cursor moving is not a choice: the request stays until an option is chosen.
    press(ui.stdin, 'list.down');
    await waitFor(() => expect(ui.frame()).toContain('› ( ) 2. Network'));
    expect(ui.frame()).toContain('Nothing chosen yet');
    press(ui.stdin, 'quiz-mcq.toggle');
    await waitFor(() => expect(ui.frame()).toContain('› (•) 2. Network'));
    expect(ui.frame()).not.toContain('Nothing chosen yet');
    press(ui.stdin, 'quiz.submit');
    await waitFor(() => expect(ui.frame()).toContain('✓ Correct'));
    // The feedback draws the radios the question used, not checkboxes.
    expect(ui.frame()).toContain('✓ (•) 2. Network');
    expect(ui.frame()).toContain('  ( ) 1. Link');
    expect(ui.frame()).not.toContain('[ ]');
    expect(ui.frame()).not.toContain('[x]');
    press(ui.stdin, 'quiz-feedback.next');
    await waitFor(() => expect(ui.frame()).toContain('1 saved'));
    // One attempt, the chosen answer: the empty enter left no wrong answer behind.
    const attempts = await db.sql`
      select t.answer, t.score from quiz_attempts t join learning_atoms a on a.id = t.atom_id
      where a.front = 'Which layer routes packets?'`;
    expect(attempts).toEqual([{answer: {type: 'mcq', selected: [1]}, score: 1}]);
  });

  it('answers one item of each type by keys and saves every answer', async () => {
    const ui = renderQuiz();
    const step = async (id: Parameters<typeof press>[1], expected: string) => {
      press(ui.stdin, id);
      await waitFor(() => expect(ui.frame()).toContain(expected));
    };

    // Multiple choice with two answers: a number key and the cursor plus space.
    await waitFor(() => expect(ui.frame()).toContain('1/4 Multiple choice · Transport basics'));
    expect(ui.frame()).toContain('Choose 2 options.');
    await step('quiz-mcq.toggle-option', '[x] 1. UDP');
    press(ui.stdin, 'list.down');
    await step('list.down', '› [ ] 3. ICMP');
    await step('quiz-mcq.toggle', '› [x] 3. ICMP');
    await step('quiz.submit', '✓ Correct');
    expect(ui.frame()).toContain('Explanation: TCP keeps state.');
    expect(ui.frame()).toContain('[4 Easy]');
    await step('quiz-feedback.rate-good', '(changed from Easy)');
    expect(ui.frame()).toContain('[3 Good]');

    // True/false: one key answers.
    await step('quiz-feedback.next', '2/4 True or false');
    await step('quiz-tf.true', 'The statement is true. You answered true.');

    // Matching: the right column is A=22, B=80, C=53 (never left in the solved order).
    await step('quiz-feedback.next', '3/4 Matching');
    expect(ui.frame()).toContain('A. 22');
    await step('quiz-matching.select', 'Pick the partner of 1 on the right.');
    press(ui.stdin, 'list.down');
    await step('quiz-matching.select', '1. HTTP → B');
    expect(ui.frame()).toContain('B. 80 ← 1');
    await step('quiz-matching.column-right', 'Pick the partner of 2 on the right.');
    await step('quiz-matching.select', '2. SSH → A');
    // A right item belongs to one left item: giving A to DNS takes it from SSH.
    await step('quiz-matching.select', '3. DNS → ?');
    await step('quiz-matching.select', '3. DNS → A');
    expect(ui.frame()).toMatch(/› 2\. SSH {10,}B\. 80 ← 1/);
    await step('list.down', '› 3. DNS → A');
    press(ui.stdin, 'quiz-matching.unpair');
    await waitFor(() => expect(ui.frame()).toMatch(/› 3\. DNS {10,}C\. 53/));
    await step('list.up', '› 2. SSH');
    await step('quiz-matching.select', '2. SSH → ?');
    await step('quiz-matching.select', '2. SSH → A');
    await step('quiz-matching.select', '3. DNS → ?');
    press(ui.stdin, 'list.down');
    press(ui.stdin, 'list.down');
    await step('quiz-matching.select', '3. DNS → C');
    await step('quiz.submit', '✓ Correct');
    expect(ui.frame()).toContain('✓ SSH → 22');

    // Parsons: the first two lines come swapped; fix the order, indent, drop the distractor.
    await step('quiz-feedback.next', '4/4 Parsons');
    expect(ui.frame()).toContain('›  1 │ y = x * 2');
    await step('quiz-parsons.move-down', '›  2 │ y = x * 2');
    await step('quiz-parsons.indent', '›  2 │     y = x * 2');
    await step('list.down', '›  3 │ return y');
    await step('quiz-parsons.indent', '›  3 │     return y');
    await step('list.down', '›  4 │ return x');
    await step('quiz-parsons.exclude', '✗ return x');
    await step('quiz.submit', '✓ Correct');
    expect(ui.frame()).toContain('Correct code (order 100%, indentation 100%)');

    await step('quiz-feedback.next', 'Session done: 4/4 correct, mean score 100%');
    expect(ui.frame()).toContain('Multiple choice');
    expect(ui.frame()).toContain('Transport basics');
    expect(ui.frame()).toContain('Next due');

    await waitFor(() => expect(ui.frame()).toContain('4 saved'));
    const attempts = await db.sql<
      {atom_type: string; answer: unknown; score: number; rating: number; derived_rating: number}[]
    >`
      select a.atom_type, t.answer, t.score, t.rating, t.derived_rating
      from quiz_attempts t join learning_atoms a on a.id = t.atom_id
      where not t.revealed and a.concept_id = ${conceptId} order by t.answered_at`;
    expect(attempts).toEqual([
      {
        atom_type: 'mcq',
        answer: {type: 'mcq', selected: [0, 2]},
        score: 1,
        rating: 3,
        derived_rating: 4,
      },
      {
        atom_type: 'true_false',
        answer: {type: 'true_false', value: true},
        score: 1,
        rating: 4,
        derived_rating: 4,
      },
      {
        atom_type: 'matching',
        answer: {type: 'matching', pairs: [0, 1, 2]},
        score: 1,
        rating: 4,
        derived_rating: 4,
      },
      {
        atom_type: 'parsons',
        answer: {
          type: 'parsons',
          arrangement: [
            {source: 'line', index: 0, level: 0},
            {source: 'line', index: 1, level: 1},
            {source: 'line', index: 2, level: 1},
          ],
        },
        score: 1,
        rating: 4,
        derived_rating: 4,
      },
    ]);
    const [schedule] = await db.sql<{n: number}[]>`
      select count(*)::int as n from quiz_schedule where reps = 1`;
    // These four, the revealed true/false and the single-choice question of the tests above.
    expect(schedule!.n).toBe(6);
    // Mastery is recomputed once the summary is reached.
    await eventually(async () => {
      const [concept] = await db.sql<{last_reviewed_at: Date | null}[]>`
        select last_reviewed_at from concepts where id = ${conceptId}`;
      expect(concept!.last_reviewed_at).not.toBeNull();
    });
  });
});
