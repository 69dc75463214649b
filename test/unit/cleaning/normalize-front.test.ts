import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {normalizeFront} from '../../../source/cleaning/normalize-front.js';

describe('normalizeFront', () => {
  it.each([
    [
      "Q: what's TCP",
      'What is TCP?',
      ['strip_prefix', 'expand_contraction', 'capitalize', 'question_mark'],
    ],
    ['define polymorphism', 'What is polymorphism?', ['imperative_to_question', 'question_mark']],
    [
      "Question: Who's the author of TCP?",
      'Who is the author of TCP?',
      ['strip_prefix', 'expand_contraction'],
    ],
    [
      "q:  where's the TTL field",
      'Where is the TTL field?',
      ['strip_prefix', 'expand_contraction', 'capitalize', 'question_mark'],
    ],
    ["How's a socket closed", 'How is a socket closed?', ['expand_contraction', 'question_mark']],
    ["What're the TCP flags", 'What are the TCP flags?', ['expand_contraction', 'question_mark']],
    ['what’s a port', 'What is a port?', ['expand_contraction', 'capitalize', 'question_mark']],
    [
      'Explain the three-way handshake',
      'What is the three-way handshake?',
      ['imperative_to_question', 'question_mark'],
    ],
    ['Define latency.', 'What is latency?', ['imperative_to_question', 'question_mark']],
    ['Q: Question: what is ARP', 'What is ARP?', ['strip_prefix', 'capitalize', 'question_mark']],
    ['which layer routes', 'Which layer routes?', ['capitalize', 'question_mark']],
  ])('%j → %j', (input, front, steps) => {
    const result = normalizeFront(input, 'flashcard');
    expect(result).toEqual({front, changed: true, steps});
  });

  it('leaves a tidy question alone', () => {
    expect(normalizeFront('What is TCP?', 'flashcard')).toEqual({
      front: 'What is TCP?',
      changed: false,
      steps: [],
    });
  });

  it('does not treat "Explained" or "Definitely" as imperatives', () => {
    expect(normalizeFront('Explained variance means what', 'flashcard').front).toBe(
      'Explained variance means what?',
    );
    expect(normalizeFront('definitely which', 'flashcard').front).toBe('Definitely which?');
  });

  it('leaves a bare prefix unchanged rather than producing "?"', () => {
    expect(normalizeFront('Q:', 'flashcard')).toEqual({front: 'Q:', changed: false, steps: []});
  });

  it('normalises mcq stems', () => {
    expect(normalizeFront('Q: define MTU', 'mcq').front).toBe('What is MTU?');
  });

  it.each(['cloze', 'true_false', 'matching', 'parsons'])('never touches %s text', (atomType) => {
    const input = "Q: define {{c1::MTU}} what's";
    expect(normalizeFront(input, atomType)).toEqual({front: input, changed: false, steps: []});
  });

  it('is idempotent', () => {
    const fragment = fc.constantFrom(
      'Q:',
      'q: ',
      'Question:',
      'QUESTION :',
      "what's",
      "What're",
      'who’s',
      'Explain',
      'define ',
      'DEFINE',
      ' ',
      '\n',
      '?',
      '.',
      ':',
      ';',
      ',',
      'TCP',
      'x',
      'is',
    );
    const text = fc.oneof(
      fc.array(fragment, {maxLength: 8}).map((parts) => parts.join('')),
      fc.array(fragment, {maxLength: 8}).map((parts) => parts.join(' ')),
      fc.string(),
    );
    fc.assert(
      fc.property(text, (input) => {
        const once = normalizeFront(input, 'flashcard');
        const twice = normalizeFront(once.front, 'flashcard');
        expect(twice.front).toBe(once.front);
        expect(twice.changed).toBe(false);
      }),
      {numRuns: 2000},
    );
  });
});
