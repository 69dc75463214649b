import {describe, expect, it} from 'vitest';
import {gradeCard, gradeForScore} from '../../../source/cleaning/grade-card.js';
import type {RuleCode} from '../../../source/cleaning/quality-rules.js';
import {resolveThresholds} from '../../../source/cleaning/thresholds.js';

const words = (n: number, stem = 'word'): string =>
  Array.from({length: n}, (_, i) => `${stem}${i}`).join(' ');
const cleanFront = 'Which transport protocol guarantees in-order delivery?';
const cleanBack = 'TCP';
const fence = (lines: number): string =>
  ['```js', ...Array.from({length: lines}, (_, i) => `let v${i} = ${i};`), '```'].join('\n');

const rulesOf = (front: string, back: string, atomType = 'flashcard'): RuleCode[] =>
  gradeCard({front, back, atomType}).issues.map((issue) => issue.rule);

describe('gradeCard rules (flashcard)', () => {
  it('gives a clean card 100, grade A, no issues', () => {
    const report = gradeCard({front: cleanFront, back: cleanBack, atomType: 'flashcard'});
    expect(report).toMatchObject({
      score0to100: 100,
      qualityScore: 1,
      grade: 'A',
      issues: [],
      frontWordCount: 6,
      backWordCount: 1,
      atomicityStatus: 'atomic',
      isAtomic: true,
      needsReview: false,
    });
  });

  const cases: Array<{name: string; front: string; back: string; fires: RuleCode[]}> = [
    {name: 'front of 26 words', front: `${words(26)}?`, back: cleanBack, fires: ['FRONT_TOO_LONG']},
    {
      name: 'front of 25 words is only verbose',
      front: `${words(25)}?`,
      back: cleanBack,
      fires: ['FRONT_VERBOSE'],
    },
    {name: 'front of 16 words', front: `${words(16)}?`, back: cleanBack, fires: ['FRONT_VERBOSE']},
    {name: 'front of 15 words is fine', front: `${words(15)}?`, back: cleanBack, fires: []},
    {
      name: 'front over 200 chars',
      front: `Which ${'x'.repeat(200)} protocol?`,
      back: cleanBack,
      fires: ['FRONT_CHARS_EXCEEDED'],
    },
    {name: 'back of 31 words', front: cleanFront, back: words(31), fires: ['BACK_TOO_LONG']},
    {
      name: 'back of 30 words is only verbose',
      front: cleanFront,
      back: words(30),
      fires: ['BACK_VERBOSE'],
    },
    {name: 'back of 16 words', front: cleanFront, back: words(16), fires: ['BACK_VERBOSE']},
    {name: 'back of 15 words is fine', front: cleanFront, back: words(15), fires: []},
    {
      name: 'back over 300 chars',
      front: cleanFront,
      back: `${'y'.repeat(301)}`,
      fires: ['BACK_CHARS_EXCEEDED'],
    },
    {name: '11 code lines', front: cleanFront, back: fence(11), fires: ['CODE_TOO_LONG']},
    {name: '6 code lines', front: cleanFront, back: fence(6), fires: ['CODE_VERBOSE']},
    {name: '5 code lines are fine', front: cleanFront, back: fence(5), fires: []},
    {
      name: 'bullet list',
      front: cleanFront,
      back: '- TCP\n- SCTP',
      fires: ['ENUMERATION_DETECTED'],
    },
    {
      name: 'numbered list',
      front: cleanFront,
      back: '1. TCP\n2) SCTP',
      fires: ['ENUMERATION_DETECTED'],
    },
    {
      name: 'lettered list',
      front: cleanFront,
      back: 'a) TCP\nb. SCTP',
      fires: ['ENUMERATION_DETECTED'],
    },
    {name: 'one bullet is not a list', front: cleanFront, back: '• TCP', fires: []},
    {
      name: 'two sentences',
      front: cleanFront,
      back: 'TCP does. It uses sequence numbers.',
      fires: ['MULTIPLE_FACTS'],
    },
    {
      name: 'abbreviation is not a sentence end',
      front: cleanFront,
      back: 'TCP, e.g. on port 80.',
      fires: [],
    },
    {
      name: 'decimal is not a sentence end',
      front: cleanFront,
      back: 'Version 3.14 only',
      fires: [],
    },
    {
      name: 'two causal links',
      front: cleanFront,
      back: 'TCP, because it acks, hence it retransmits',
      fires: ['MULTIPLE_FACTS'],
    },
    {
      name: 'two question marks',
      front: 'What is TCP used for? Who designed it?',
      back: cleanBack,
      fires: ['MULTI_SUBQUESTION'],
    },
    {
      name: '"and why" joins two questions',
      front: 'Which protocol is reliable and why is it slower?',
      back: cleanBack,
      fires: ['MULTI_SUBQUESTION'],
    },
    {
      name: '", and " joins two questions',
      front: 'Which layer routes packets, and which frames them?',
      back: cleanBack,
      fires: ['MULTI_SUBQUESTION'],
    },
    {
      name: '"What is This"',
      front: 'What is This protocol for?',
      back: cleanBack,
      fires: ['MALFORMED_QUESTION'],
    },
    {
      name: '"What is Step 3"',
      front: 'What is Step 3 of the handshake?',
      back: cleanBack,
      fires: ['MALFORMED_QUESTION'],
    },
    {
      name: '"What is Note:"',
      front: 'What is Note: the port number?',
      back: cleanBack,
      fires: ['MALFORMED_QUESTION'],
    },
    {
      name: '"What is Example"',
      front: 'What is Example of a TCP flag?',
      back: cleanBack,
      fires: ['MALFORMED_QUESTION'],
    },
    {
      name: '"what X The"',
      front: 'In TCP what does The SYN flag do?',
      back: cleanBack,
      fires: ['MALFORMED_QUESTION'],
    },
    {
      name: '"In networking, what X If"',
      front: 'In networking, what happens If a SYN is lost?',
      back: cleanBack,
      fires: ['MALFORMED_QUESTION'],
    },
    {
      name: 'double comma',
      front: 'Which protocol,, is reliable?',
      back: cleanBack,
      fires: ['INCOHERENT_TEXT'],
    },
    {
      name: 'cut-off ellipsis',
      front: cleanFront,
      back: 'TCP... and more',
      fires: ['INCOHERENT_TEXT'],
    },
    {
      name: 'bare colon',
      front: 'Which protocol : is reliable?',
      back: cleanBack,
      fires: ['INCOHERENT_TEXT'],
    },
    {name: 'dangling colon', front: cleanFront, back: 'The answer is:', fires: ['INCOHERENT_TEXT']},
    {name: 'empty bold', front: cleanFront, back: 'TCP ** **', fires: ['INCOHERENT_TEXT']},
    {
      name: 'ellipsis inside code is ignored',
      front: cleanFront,
      back: 'Use `f(...args)` here',
      fires: [],
    },
    {name: 'front under 15 chars', front: 'Why TCP here?', back: cleanBack, fires: ['TOO_SHORT']},
    {name: 'back under 3 chars', front: cleanFront, back: 'A', fires: ['TOO_SHORT']},
    {name: 'empty back', front: cleanFront, back: '', fires: ['TOO_SHORT']},
    {
      name: 'generic "What is X?"',
      front: 'What is multiplexing?',
      back: 'Sharing one channel',
      fires: ['GENERIC_QUESTION'],
    },
    {
      name: '"What is This?"',
      front: 'What is This?',
      back: cleanBack,
      fires: ['MALFORMED_QUESTION', 'TOO_SHORT', 'GENERIC_QUESTION'],
    },
  ];

  it.each(cases)('$name → $fires', ({front, back, fires}) => {
    expect(rulesOf(front, back)).toEqual(fires);
  });

  it('explains every issue with text and its penalty', () => {
    const report = gradeCard({front: `${words(26)}?`, back: words(31), atomType: 'flashcard'});
    expect(report.issues).toEqual([
      {
        rule: 'FRONT_TOO_LONG',
        penalty: 30,
        issue: 'Front too long (26 words > 25)',
        recommendation: expect.stringContaining('Front has 26 words (max: 25)'),
      },
      {
        rule: 'BACK_TOO_LONG',
        penalty: 15,
        issue: 'Back too long (31 words > 30)',
        recommendation: expect.stringContaining('Back has 31 words'),
      },
    ]);
    expect(report.score0to100).toBe(55);
  });

  it('does not count code as words', () => {
    const report = gradeCard({front: cleanFront, back: `TCP\n${fence(3)}`, atomType: 'flashcard'});
    expect(report.backWordCount).toBe(1);
  });

  it('floors the score at 0', () => {
    const report = gradeCard({
      front: `What is This ${words(30)},, and why?`,
      back: `- a\n- b. More. ${words(40)} ** **`,
      atomType: 'flashcard',
    });
    expect(report.score0to100).toBe(0);
    expect(report.qualityScore).toBe(0);
    expect(report.grade).toBe('F');
  });

  it('uses overridden thresholds', () => {
    const strict = resolveThresholds({backWordsOptimal: 5, backWordsMax: 15});
    const report = gradeCard({front: cleanFront, back: words(6), atomType: 'flashcard'}, strict);
    expect(report.issues.map((issue) => issue.rule)).toEqual(['BACK_VERBOSE']);
  });
});

describe('grades', () => {
  it.each([
    [100, 'A'],
    [90, 'A'],
    [89, 'B'],
    [75, 'B'],
    [74, 'C'],
    [60, 'C'],
    [59, 'D'],
    [40, 'D'],
    [39, 'F'],
    [0, 'F'],
  ] as const)('score %i → %s', (score, grade) => {
    expect(gradeForScore(score)).toBe(grade);
  });

  it.each([
    {front: `${words(16)}?`, back: cleanBack, score: 90, grade: 'A', review: false},
    {front: `${words(16)}?`, back: words(16), score: 85, grade: 'B', review: false},
    {front: 'What is multiplexing?', back: 'Sharing a link', score: 75, grade: 'B', review: false},
    {front: cleanFront, back: 'A', score: 65, grade: 'C', review: false},
    {front: 'What is This protocol for?', back: cleanBack, score: 50, grade: 'D', review: true},
    {front: 'What is This?', back: cleanBack, score: 0, grade: 'F', review: true},
  ] as const)('a card scoring $score is $grade', ({front, back, score, grade, review}) => {
    const report = gradeCard({front, back, atomType: 'flashcard'});
    expect(report.score0to100).toBe(score);
    expect(report.qualityScore).toBe(score / 100);
    expect(report.grade).toBe(grade);
    expect(report.needsReview).toBe(review);
  });
});
