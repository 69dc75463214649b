import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadConfig} from '../../../source/config/load-config.js';
import type {Database} from '../../../source/db/connection.js';
import {ServicesProvider} from '../../../source/screens/app/services-context.js';
import {CramScreen} from '../../../source/screens/cram/cram-screen.js';
import {QuizScreen} from '../../../source/screens/quiz/quiz-screen.js';
import {createTestDatabase} from '../../helpers/database.js';
import {expectInOrder} from '../../helpers/in-order.js';
import {press} from '../../helpers/press.js';
import {renderScreenReader, waitFor} from '../../helpers/render.js';

const start = new Date('2026-03-04T10:00:00Z');
/** Fisher–Yates with this value moves nothing, so only the "never solved" swaps apply. */
const keepOrder = () => 0.999999;

/** One concept per question, so each test opens the quiz on the type it reads. */
const questions = [
  {
    concept: 'Single',
    type: 'mcq',
    front: 'Which layer routes packets?',
    content: {options: ['Link', 'Network', 'Transport'], correct: [1]},
  },
  {
    concept: 'Several',
    type: 'mcq',
    front: 'Which protocols carry no connection state?',
    content: {options: ['UDP', 'TCP', 'ICMP'], correct: [0, 2]},
  },
  {
    concept: 'Pairs',
    type: 'matching',
    front: 'Match each protocol to its port.',
    content: {
      pairs: [
        {left: 'HTTP', right: '80'},
        {left: 'SSH', right: '22'},
      ],
    },
  },
  {
    concept: 'Order',
    type: 'parsons',
    front: 'Write a function that doubles x.',
    content: {lines: ['def f(x):', '    return x * 2'], distractors: ['return x']},
  },
];

describe('screen-reader frames of the quiz', () => {
  let db: Database;
  const config = loadConfig({NLS_HOME: mkdtempSync(path.join(os.tmpdir(), 'nls-quiz-sr-'))}, '/');
  beforeAll(async () => {
    db = await createTestDatabase('embedded');
    for (const question of questions) {
      const [concept] = await db.sql<{id: string}[]>`
        insert into concepts (name) values (${question.concept}) returning id`;
      await db.sql`
        insert into learning_atoms (atom_type, front, content, concept_id)
        values (${question.type}, ${question.front}, ${db.sql.json(question.content)}, ${concept!.id})`;
    }
  });
  afterAll(async () => {
    await db?.close();
  });

  function renderQuiz(concept: string) {
    let clock = start.getTime();
    const now = () => {
      clock += 1000;
      return new Date(clock);
    };
    const view = renderScreenReader(
      <ServicesProvider value={{config, db, now, random: keepOrder}}>
        <QuizScreen isActive width={100} height={40} showHints concept={concept} />
      </ServicesProvider>,
    );
    const step = async (id: Parameters<typeof press>[1], expected: string | RegExp) => {
      press(view.stdin, id);
      await waitFor(() => expect(view.frame()).toMatch(expected));
    };
    return {view, step};
  }

  it('one answer: radios, the cursor row selected, the choice checked, feedback in words', async () => {
    const {view, step} = renderQuiz('Single');
    await waitFor(() => expect(view.frame()).toContain('Which layer routes packets?'));
    expectInOrder(view.frame(), [
      '1/1 Multiple choice · Single',
      'Which layer routes packets?',
      'Choose one option.',
      /^radiogroup: radio: \(selected\) 1\. Link$/m,
      /^radio: 2\. Network$/m,
      /^radio: 3\. Transport$/m,
      /^Quiz keys: .*space toggle/m,
    ]);
    expect(view.frame()).not.toMatch(/\( \)|\(•\)|›/);
    press(view.stdin, 'list.down');
    await step('quiz-mcq.toggle', /^radio: \(selected, checked\) 2\. Network$/m);
    expect(view.frame()).toMatch(/^radiogroup: radio: 1\. Link$/m);
    await step('quiz.submit', /^Correct score 100%/m);
    expectInOrder(view.frame(), [
      /^Correct score 100%/m,
      /^not correct, not picked: 1\. Link$/m,
      /^correct, picked: 2\. Network$/m,
      /^Rating: 1 Again, 2 Hard, 3 Good, 4 Easy \(chosen\), \(from your answer\)$/m,
    ]);
    expect(view.frame()).not.toMatch(/[✓✗◐]/);
    view.unmount();
  });

  it('several answers: checkboxes, and each option says whether it was right and picked', async () => {
    const {view, step} = renderQuiz('Several');
    await waitFor(() => expect(view.frame()).toContain('Choose 2 options.'));
    expect(view.frame()).toMatch(/^list: checkbox: \(selected\) 1\. UDP$/m);
    await step('quiz-mcq.toggle', /^list: checkbox: \(selected, checked\) 1\. UDP$/m);
    press(view.stdin, 'list.down');
    await step('quiz-mcq.toggle', /^checkbox: \(selected, checked\) 2\. TCP$/m);
    await step('quiz.submit', /^Wrong score 0%/m);
    expectInOrder(view.frame(), [
      'correct, picked: 1. UDP',
      'not correct, picked: 2. TCP',
      'correct, not picked: 3. ICMP',
    ]);
    view.unmount();
  });

  it('matching: the left column, then the right, partners in words', async () => {
    const {view, step} = renderQuiz('Pairs');
    await waitFor(() => expect(view.frame()).toContain('Pick an item on the left'));
    expectInOrder(view.frame(), [
      /^list: listitem: \(selected\) 1\. HTTP$/m,
      /^listitem: 2\. SSH$/m,
      /^list: listitem: A\. /m,
      /^listitem: B\. /m,
    ]);
    // Picking moves the cursor to the right column, and the left item says it waits.
    await step('quiz-matching.select', /^list: listitem: 1\. HTTP, picking its partner$/m);
    expect(view.frame()).toMatch(/^list: listitem: \(selected\) A\. 22$/m);
    await step(
      'quiz-matching.select',
      /^list: listitem: (\(selected\) )?1\. HTTP, matched with A$/m,
    );
    expect(view.frame()).toMatch(/A\. 22, matched with 1$/m);
    expect(view.frame()).not.toMatch(/[→←]/);
    view.unmount();
  });

  it('parsons: each line says its indentation, an excluded line says so', async () => {
    const {view, step} = renderQuiz('Order');
    await waitFor(() => expect(view.frame()).toContain('Order the lines'));
    expect(view.frame()).toMatch(/^list: listitem: \(selected\) +1 indent 0: /m);
    await step('quiz-parsons.exclude', /^list: listitem: \(selected\) +1 excluded: /m);
    expect(view.frame()).not.toMatch(/[│✗›]/);
    view.unmount();
  });

  it('cram: title, position, front, the back once revealed, then the keys in words', async () => {
    const items = [{id: 'a', atomType: 'flashcard', front: 'Port of DNS?', back: '53'}];
    const view = renderScreenReader(<CramScreen items={items} width={100} onLeave={() => {}} />);
    await waitFor(() => expect(view.frame()).toContain('Port of DNS?'));
    expectInOrder(view.frame(), [
      'Cram mode — nothing is saved',
      '1 of 1 · flashcard',
      'Port of DNS?',
      /^Keys: /m,
    ]);
    press(view.stdin, 'cram.reveal');
    await waitFor(() => expect(view.frame()).toMatch(/^53$/m));
    expectInOrder(view.frame(), ['Port of DNS?', /^53$/m, /^Keys: .*knew/m]);
    view.unmount();
  });
});
