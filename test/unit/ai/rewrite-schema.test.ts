import {describe, expect, it} from 'vitest';
import {parseProposal} from '../../../source/ai/rewrite-schema.js';

const one = {
  cards: [{front: 'Which protocol is reliable?', back: 'TCP', reason: 'Tighter'}],
  confidence: 0.9,
};

describe('parseProposal', () => {
  it('accepts a valid reply and trims fields', () => {
    const text = JSON.stringify({
      cards: [{front: '  Which protocol is reliable? ', back: ' TCP ', reason: 'Tighter'}],
      confidence: 0.9,
    });
    expect(parseProposal(text, 'flashcard')).toEqual({ok: true, proposal: one});
  });

  it('accepts JSON inside a ```json fence', () => {
    expect(parseProposal(`\`\`\`json\n${JSON.stringify(one)}\n\`\`\``, 'flashcard')).toMatchObject({
      ok: true,
    });
  });

  it.each([
    ['prose', 'Sure! Here is the card.', 'invalid_json'],
    ['missing confidence', JSON.stringify({cards: one.cards}), 'schema'],
    ['confidence below 0', JSON.stringify({...one, confidence: -0.1}), 'schema'],
    ['no cards', JSON.stringify({cards: [], confidence: 0.5}), 'schema'],
    [
      'seven cards',
      JSON.stringify({cards: Array(7).fill(one.cards[0]), confidence: 0.5}),
      'schema',
    ],
    [
      'blank front',
      JSON.stringify({cards: [{front: ' ', back: 'x', reason: 'r'}], confidence: 0.5}),
      'schema',
    ],
    [
      'empty back on a flashcard',
      JSON.stringify({cards: [{front: 'Q?', back: '', reason: 'r'}], confidence: 0.5}),
      'schema',
    ],
    ['an array', '[1, 2]', 'schema'],
  ])('rejects %s as %s', (_name, text, kind) => {
    expect(parseProposal(text, 'flashcard')).toMatchObject({ok: false, kind});
  });

  it('allows an empty back on cloze', () => {
    const text = JSON.stringify({
      cards: [{front: '{{c1::TCP}} is reliable.', back: '', reason: 'r'}],
      confidence: 0.7,
    });
    expect(parseProposal(text, 'cloze')).toMatchObject({ok: true});
  });

  it('keeps quiz rewrites to one card', () => {
    const two = JSON.stringify({cards: [one.cards[0], one.cards[0]], confidence: 0.7});
    expect(parseProposal(two, 'mcq')).toMatchObject({
      ok: false,
      kind: 'schema',
      message: expect.stringContaining('one card'),
    });
    expect(parseProposal(JSON.stringify(one), 'mcq')).toMatchObject({ok: true});
  });
});
