import {describe, expect, it} from 'vitest';
import {markdownBalanceProblem} from '../../../source/ai/markdown-balance.js';
import {buildRewritePrompt} from '../../../source/ai/rewrite-prompt.js';
import {parseProposal} from '../../../source/ai/rewrite-schema.js';

const reply = (front: string, back: string) =>
  JSON.stringify({cards: [{front, back, reason: 'clearer'}], confidence: 0.9});

describe('Markdown in rewrites', () => {
  it.each([
    ['What does **TCP** add?', null],
    ['{{c1::**TCP**}} and {{c2::UDP::protocol}}', null],
    ['{{c1::{{c2::nested}} deletion}}', null],
    ['Window $W = 2^{16}$ and $$E = mc^2$$', null],
    ['It costs \\$5, or $5 and $6 together', null],
    ['Code `{{c1::` and `$` mean nothing in code', null],
    ['```\n}} $ {{c1::\n```', null],
    ['{{c1::TCP is reliable', 'a cloze deletion "{{c…::" is never closed'],
    ['TCP}} is reliable', 'a "}}" closes no cloze deletion'],
    ['Window $W = 2^{16} bytes', 'a "$" opens math that never closes (write a dollar sign as \\$)'],
  ])('%j → %j', (text, problem) => {
    expect(markdownBalanceProblem(text)).toBe(problem);
  });

  it('rejects a reply whose card leaves a cloze open or a $ unpaired', () => {
    expect(parseProposal(reply('{{c1::TCP is reliable', ''), 'cloze')).toEqual({
      ok: false,
      kind: 'schema',
      message: 'Card 1 front: a cloze deletion "{{c…::" is never closed.',
    });
    expect(parseProposal(reply('What is $x?', 'Two'), 'flashcard')).toMatchObject({ok: false});
    const good = parseProposal(reply('What does **TCP** add to $IP$?', '*Ordering*'), 'flashcard');
    expect(good).toMatchObject({
      ok: true,
      proposal: {cards: [{front: 'What does **TCP** add to $IP$?'}]},
    });
  });

  it('does not hold the original card’s own imbalance against a copy of it', () => {
    const original = {front: 'Pick the price?', back: 'A) $5\nB) 6 *'};
    expect(
      parseProposal(reply('Which price is right?', original.back), 'mcq', original),
    ).toMatchObject({
      ok: true,
    });
  });

  it('tells the model that card text is Markdown', () => {
    const prompt = buildRewritePrompt({
      id: 'a',
      front: 'What does **TCP** add?',
      back: 'Ordering',
      atomType: 'flashcard',
      issues: [],
    });
    expect(prompt.systemInstruction).toContain('Card text is Markdown');
    expect(prompt.systemInstruction).toContain('pair every $');
    expect(prompt.userText).toContain('"front": "What does **TCP** add?"');
  });
});
