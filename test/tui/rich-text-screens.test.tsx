import chalk from 'chalk';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {ReviewItem} from '../../source/review/review-types.js';
import {AtomDetail} from '../../source/screens/concepts/atom-detail.js';
import {loadAtomDetail} from '../../source/screens/concepts/load-atom-detail.js';
import {McqView} from '../../source/screens/quiz/mcq-view.js';
import {ReviewDetailPane} from '../../source/screens/review/review-detail-pane.js';
import {createTheme} from '../../source/theme.js';
import {cleanup, renderTui, waitFor} from '../helpers/render.js';
import {demoSuite} from './screens/screen-fixtures.js';

afterEach(cleanup);

// Ink styles through chalk, which turns itself off on the test runner's pipes; level 1 gives
// the SGR codes a 16-colour terminal gets (bold 1, italic 3, strikethrough 9).
const savedLevel = chalk.level;
beforeAll(() => {
  chalk.level = 1;
});
afterAll(() => {
  chalk.level = savedLevel;
});

const colour = createTheme();
const noColor = createTheme({noColor: true});

function proposal(front: string, back: string): ReviewItem {
  return {
    key: 'k',
    ids: ['row-1'],
    kind: 'rewrite',
    source: 'gemini',
    batchId: null,
    status: 'pending',
    createdAt: new Date('2026-03-10T12:00:00Z'),
    qualityScore: 1,
    aiConfidence: 0.9,
    rewriteReason: 'clearer',
    reviewerNotes: null,
    original: null,
    proposedFrom: {front: 'What does TCP guarantee?', back: 'Ordered reliable delivery'},
    originalChanged: false,
    cards: [
      {
        id: 'row-1',
        front,
        back,
        content: null,
        qualityScore: 1,
        grade: 'A',
        status: 'pending',
        approvedAtomId: null,
        reviewerNotes: null,
      },
    ],
  };
}

describe('formatting on the screens', () => {
  const pane = (item: ReviewItem) => (
    <ReviewDetailPane item={item} context={null} protectNotion width={100} height={30} />
  );

  it('review: the word diff compares plain text, the card view shows the formatting', () => {
    const item = proposal('What does **TCP** guarantee?', '*Ordered* `reliable` delivery');
    const plain = renderTui(pane(item), {theme: noColor});
    // Bold and italic are no change of wording: the diff is empty of markers.
    expect(plain.frame()).toContain('Front What does TCP guarantee?');
    expect(plain.frame()).toContain('Back Ordered reliable delivery');
    expect(plain.frame()).toContain('Front What does **TCP** guarantee?');
    expect(plain.frame()).toContain('Back _Ordered_ `reliable` delivery');
    plain.unmount();
    const styled = renderTui(pane(item), {theme: colour});
    expect(styled.lastFrame()).toContain('\u001B[1mTCP');
    expect(styled.lastFrame()).toContain('\u001B[3mOrdered');
  });

  it('quiz: options carry inline formatting, marked under NO_COLOR', () => {
    const view = {
      type: 'mcq' as const,
      options: ['**TCP**', '~~UDP~~', '`SCTP` over $IP$'],
      optionOrder: [0, 1, 2],
      multi: false,
      selectCount: 1,
    };
    const draft = {type: 'mcq' as const, selected: [], cursor: 0};
    const plain = renderTui(<McqView view={view} draft={draft} />, {theme: noColor});
    expect(plain.lines()).toEqual([
      'Choose one option.',
      '› ( ) 1. **TCP**',
      '  ( ) 2. ~~UDP~~',
      '  ( ) 3. `SCTP` over $IP$',
    ]);
    plain.unmount();
    const styled = renderTui(<McqView view={view} draft={draft} />, {theme: colour});
    expect(styled.lastFrame()).toContain('\u001B[9mUDP');
  });
});

describe('atom detail', () => {
  const suite = demoSuite();
  let atomId = '';
  beforeAll(async () => {
    const [row] = await suite.db.sql<{id: string}[]>`
      insert into learning_atoms (front, back, atom_type)
      values ('What does **TCP** add to *IP*?',
              ${'Ordering; see [RFC](https://e.org/\u001B]0;pwned\u0007r).\n```c\nconnect(s);\n```'},
              'flashcard')
      returning id`;
    atomId = row!.id;
  });

  it('draws the card with its formatting, a code block with its language, and no escapes', async () => {
    // The view draws what the read model loaded (the screen's hook loads it the same way).
    const lines = await loadAtomDetail(suite.db, atomId);
    const detail = (theme: ReturnType<typeof createTheme>) =>
      renderTui(<AtomDetail lines={lines} offset={0} height={30} width={100} />, {theme});
    const plain = detail(noColor);
    await waitFor(() => expect(plain.frame()).toContain('Cleaning history'));
    expect(plain.lines()).toEqual(
      expect.arrayContaining([
        '  What does **TCP** add to _IP_?',
        // markdown-it refuses control characters in a link destination: no link, inert text.
        '  Ordering; see [RFC](https://e.org/r).',
        '  ┌ c',
        '  │ connect(s);',
      ]),
    );
    expect(plain.lastFrame()).not.toMatch(/\u001B\]|\u0007|pwned/);
    plain.unmount();
    const styled = detail(colour);
    await waitFor(() => expect(styled.frame()).toContain('Cleaning history'));
    expect(styled.lastFrame()).toContain('\u001B[1mTCP');
    expect(styled.lastFrame()).toContain('\u001B[3mIP');
  });
});
