import {describe, expect, it} from 'vitest';
import {gradeCard} from '../../../source/cleaning/grade-card.js';

const words = (n: number): string => Array.from({length: n}, (_, i) => `word${i}`).join(' ');
const front = 'Which transport protocol guarantees in-order delivery?';
const status = (card: {front: string; back: string; atomType?: string}) =>
  gradeCard({atomType: 'flashcard', ...card});

describe('atomicity status', () => {
  it.each([
    {why: 'no issues', back: 'TCP', expected: 'atomic'},
    {why: 'an issue with no atomicity effect (too short)', back: 'A', expected: 'atomic'},
    {why: 'a verbose back', back: words(20), expected: 'verbose'},
    {why: 'a back over the character limit', back: 'z'.repeat(320), expected: 'verbose'},
    {why: 'a verbose code snippet', back: `\`\`\`\n${'x\n'.repeat(7)}\`\`\``, expected: 'verbose'},
    {why: 'an enumeration', back: '- TCP\n- SCTP', expected: 'needs_split'},
    {why: 'multiple facts', back: 'TCP is reliable. UDP is not.', expected: 'needs_split'},
    {why: 'a back that is too long', back: words(31), expected: 'needs_split'},
    {why: 'too much code', back: `\`\`\`\n${'x\n'.repeat(12)}\`\`\``, expected: 'needs_split'},
  ])('$expected for $why', ({back, expected}) => {
    const report = status({front, back});
    expect(report.atomicityStatus).toBe(expected);
    expect(report.isAtomic).toBe(expected === 'atomic');
  });

  it('needs_split for a multi-question front', () => {
    expect(status({front: 'What is TCP for? And UDP?', back: 'Reliability'}).atomicityStatus).toBe(
      'needs_split',
    );
  });

  it('needs_split for a front that is too long', () => {
    expect(status({front: `${words(26)}?`, back: 'TCP'}).atomicityStatus).toBe('needs_split');
  });

  it('needs_split wins over verbose', () => {
    expect(status({front: `${words(20)}?`, back: '- a thing\n- b thing'}).atomicityStatus).toBe(
      'needs_split',
    );
  });
});

describe('atom types', () => {
  it('cloze: grades the visible sentence and ignores an empty back', () => {
    const report = gradeCard({
      front: 'The {{c1::transport::layer}} layer ensures reliable delivery.',
      back: '',
      atomType: 'cloze',
    });
    expect(report.issues).toEqual([]);
    expect(report.frontWordCount).toBe(6);
  });

  it('cloze: measures the text without markup', () => {
    const report = gradeCard({
      front: '{{c1::TCP::protocol name}} acks.',
      back: '',
      atomType: 'cloze',
    });
    expect(report.issues.map((issue) => issue.rule)).toEqual(['TOO_SHORT']);
  });

  it('cloze: a sentence without a deletion is malformed', () => {
    const report = gradeCard({
      front: 'TCP ensures reliable delivery.',
      back: '',
      atomType: 'cloze',
    });
    expect(report.issues.map((issue) => issue.rule)).toEqual(['MALFORMED_QUESTION']);
    expect(report.grade).toBe('D');
  });

  it('cloze: several facts in the sentence need a split', () => {
    const report = gradeCard({
      front: '{{c1::TCP}} is reliable. {{c2::UDP}} is not reliable.',
      back: '',
      atomType: 'cloze',
    });
    expect(report.issues.map((issue) => issue.rule)).toEqual(['MULTIPLE_FACTS']);
    expect(report.atomicityStatus).toBe('needs_split');
  });

  it('cloze: question-form rules do not apply', () => {
    const report = gradeCard({front: 'What is {{c1::TCP}}?', back: '', atomType: 'cloze'});
    expect(report.issues.map((issue) => issue.rule)).not.toContain('GENERIC_QUESTION');
  });

  it('mcq: the options structure on the back is not an enumeration or a long answer', () => {
    const back = JSON.stringify({
      options: ['TCP', 'UDP', 'ICMP', 'ARP'],
      correct: [0],
      explanation: `${words(40)}. Another sentence. And a third.`,
    });
    const report = gradeCard({front, back, atomType: 'mcq'});
    expect(report.issues).toEqual([]);
    expect(report.grade).toBe('A');
  });

  it('mcq: the stem is still a question', () => {
    const report = gradeCard({front: 'What is TCP for? Who made it?', back: '{}', atomType: 'mcq'});
    expect(report.issues.map((issue) => issue.rule)).toEqual(['MULTI_SUBQUESTION']);
  });

  it('true_false: a statement is not penalised for not being a question, but two facts are', () => {
    expect(
      gradeCard({front: 'TCP guarantees in-order delivery.', back: 'true', atomType: 'true_false'})
        .issues,
    ).toEqual([]);
    const twoFacts = gradeCard({
      front: 'TCP is reliable. UDP is reliable too.',
      back: 'false',
      atomType: 'true_false',
    });
    expect(twoFacts.issues.map((issue) => issue.rule)).toEqual(['MULTIPLE_FACTS']);
  });

  it.each(['matching', 'parsons'])('%s: the back structure is not graded', (atomType) => {
    const back = ['- line one', '- line two', '```', ...Array(14).fill('x = 1'), '```'].join('\n');
    const report = gradeCard({front: 'Match each protocol to its layer', back, atomType});
    expect(report.issues).toEqual([]);
  });

  it('an unknown type is graded like a flashcard', () => {
    expect(gradeCard({front, back: '', atomType: 'essay'}).issues.map((i) => i.rule)).toEqual([
      'TOO_SHORT',
    ]);
  });
});
