import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseQuizContent, serializeQuizContent} from '../../../source/quiz/parse-content.js';
import {formatQuizText} from '../../../source/quiz/text-form.js';
import {quizContentArbitrary, textFormContentArbitrary} from './quiz-arbitraries.js';

function parsed(atomType: string, text: string) {
  const result = parseQuizContent(atomType, text);
  if (!result.ok) throw new Error(`expected ${atomType} to parse: ${result.error}`);
  return result.content;
}

function failure(atomType: string, text: string): string {
  const result = parseQuizContent(atomType, text);
  if (result.ok) throw new Error(`expected ${atomType} to fail: ${JSON.stringify(result.content)}`);
  return result.error;
}

describe('parseQuizContent: mcq', () => {
  it('reads JSON', () => {
    expect(parsed('mcq', '{"options":["Paris","Rome"],"correct":[0],"explanation":"x"}')).toEqual({
      type: 'mcq',
      options: ['Paris', 'Rome'],
      correct: [0],
      explanation: 'x',
    });
  });

  it('reads the predecessor JSON shapes', () => {
    expect(parsed('mcq', '{"options":["a","b","c"],"correct_index":2}')).toMatchObject({
      correct: [2],
    });
    expect(parsed('mcq', '{"options":["a","b"],"correct":"B","rationale":"r"}')).toEqual({
      type: 'mcq',
      options: ['a', 'b'],
      correct: [1],
      explanation: 'r',
    });
  });

  it('reads lines with a star marking the correct ones', () => {
    const text = 'A) Paris\n* B) London\nC) Berlin *\n\nExplanation: two capitals\nsee atlas';
    expect(parsed('mcq', text)).toEqual({
      type: 'mcq',
      options: ['Paris', 'London', 'Berlin'],
      correct: [1, 2],
      explanation: 'two capitals\nsee atlas',
    });
  });

  it('reads an Answer line naming the labels', () => {
    expect(parsed('mcq', 'a. one\nb. two\nc. three\nAnswer: b and C')).toMatchObject({
      options: ['one', 'two', 'three'],
      correct: [1, 2],
    });
    expect(parsed('mcq', '1) one\n2) two\nCorrect: 2')).toMatchObject({correct: [1]});
  });

  it('explains what is missing', () => {
    expect(failure('mcq', 'A) one\nB) two')).toMatch(/no option is marked correct/);
    expect(failure('mcq', '* A) only one')).toMatch(/options/);
    expect(failure('mcq', 'A) one\nB) two\nAnswer: D')).toMatch(/"D"/);
    expect(failure('mcq', '{"options":["a","a"],"correct":[0]}')).toMatch(/appears twice/);
    expect(failure('mcq', '{"options":["a","b"],"correct":[5]}')).toMatch(/no option number 5/);
  });
});

describe('parseQuizContent: true_false', () => {
  it('reads words and letters, with the rest as explanation', () => {
    expect(parsed('true_false', 'True')).toEqual({type: 'true_false', answer: true});
    expect(parsed('true_false', 'f')).toEqual({type: 'true_false', answer: false});
    expect(parsed('true_false', 'False. The sun is a star.')).toEqual({
      type: 'true_false',
      answer: false,
      explanation: 'The sun is a star.',
    });
    expect(parsed('true_false', 'T\nExplanation: because')).toMatchObject({
      answer: true,
      explanation: 'because',
    });
    expect(parsed('true_false', '{"correct":false}')).toEqual({type: 'true_false', answer: false});
  });

  it('refuses a text that does not start with a verdict', () => {
    expect(failure('true_false', 'That is right')).toMatch(/True or False/);
  });
});

describe('parseQuizContent: matching', () => {
  it('reads arrows, equals signs and the predecessor term/definition JSON', () => {
    const text = '- HTTP -> 80\nHTTPS → 443\nSSH = 22\nExplanation: well-known ports';
    expect(parsed('matching', text)).toEqual({
      type: 'matching',
      pairs: [
        {left: 'HTTP', right: '80'},
        {left: 'HTTPS', right: '443'},
        {left: 'SSH', right: '22'},
      ],
      explanation: 'well-known ports',
    });
    expect(
      parsed('matching', '{"pairs":[{"term":"a","definition":"1"},{"term":"b","definition":"2"}]}'),
    ).toMatchObject({
      pairs: [
        {left: 'a', right: '1'},
        {left: 'b', right: '2'},
      ],
    });
  });

  it('names the line without a separator and enforces 2–8 pairs', () => {
    expect(failure('matching', 'a -> 1\nb 2')).toMatch(/line 2 needs "->"/);
    expect(failure('matching', 'a -> 1')).toMatch(/pairs/);
    const nine = Array.from({length: 9}, (_, i) => `l${i} -> r${i}`).join('\n');
    expect(failure('matching', nine)).toMatch(/pairs/);
  });
});

describe('parseQuizContent: parsons', () => {
  it('keeps indentation, reads # distractor markers and a --- section', () => {
    const text = [
      '```python',
      'def total(xs):',
      '\ts = 0',
      '    for x in xs:',
      '        s += x',
      '    return s',
      '    return x  # distractor',
      '---',
      'print(s)',
      '```',
      'Explanation: sum then return',
    ].join('\n');
    expect(parsed('parsons', text)).toEqual({
      type: 'parsons',
      lines: ['def total(xs):', '    s = 0', '    for x in xs:', '        s += x', '    return s'],
      distractors: ['return x', 'print(s)'],
      explanation: 'sum then return',
    });
  });

  it('removes indentation common to all lines and reads the predecessor JSON', () => {
    expect(parsed('parsons', '  a\n    b')).toMatchObject({lines: ['a', '  b']});
    expect(parsed('parsons', '{"correct_sequence":["x","y"],"distractors":[]}')).toEqual({
      type: 'parsons',
      lines: ['x', 'y'],
    });
  });

  it('falls back to the text form when code starts with a brace', () => {
    expect(parsed('parsons', '{\n  a: 1\n}')).toMatchObject({lines: ['{', '  a: 1', '}']});
  });

  it('refuses a distractor equal to a correct line', () => {
    expect(failure('parsons', 'a\nb\n---\nb')).toMatch(/also a correct line/);
  });
});

describe('parseQuizContent: robustness', () => {
  it('refuses non-quiz types and empty text', () => {
    expect(failure('flashcard', 'x')).toMatch(/not a quiz type/);
    expect(failure('mcq', '   ')).toMatch(/empty/);
    expect(failure('mcq', '{"options": [')).toMatch(/invalid JSON/);
  });

  it('never throws, whatever the text', () => {
    const types = fc.constantFrom('mcq', 'true_false', 'matching', 'parsons', 'cloze');
    fc.assert(
      fc.property(types, fc.string({maxLength: 200}), (type, text) => {
        const result = parseQuizContent(type, text);
        expect(typeof result.ok).toBe('boolean');
      }),
      {numRuns: 500},
    );
    fc.assert(
      fc.property(types, fc.json(), (type, text) => {
        expect(typeof parseQuizContent(type, text).ok).toBe('boolean');
      }),
      {numRuns: 300},
    );
  });

  it('round-trips any valid content through the JSON form', () => {
    fc.assert(
      fc.property(quizContentArbitrary, (content) => {
        expect(parseQuizContent(content.type, serializeQuizContent(content))).toEqual({
          ok: true,
          content,
        });
      }),
      {numRuns: 300},
    );
  });

  it('round-trips any text-safe content through the text form', () => {
    fc.assert(
      fc.property(textFormContentArbitrary, (content) => {
        expect(parseQuizContent(content.type, formatQuizText(content))).toEqual({
          ok: true,
          content,
        });
      }),
      {numRuns: 300},
    );
  });
});

describe('parseQuizContent: lenient mcq details', () => {
  it('accepts labels without a space and an answer given as the option text', () => {
    expect(parsed('mcq', 'a)Paris\nb)London\nAnswer: london')).toMatchObject({
      options: ['Paris', 'London'],
      correct: [1],
    });
    expect(parsed('mcq', '- [ ] one\n- [x] two')).toMatchObject({
      options: ['one', 'two'],
      correct: [1],
    });
  });
});
