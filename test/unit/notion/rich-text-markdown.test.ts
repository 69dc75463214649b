import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {markdownToRichText} from '../../../source/notion/markdown-rich-text.js';
import {propertyNamesFor} from '../../../source/notion/property-names.js';
import {richTextToPlain} from '../../../source/notion/rich-text.js';
import {richTextToMarkdown} from '../../../source/notion/rich-text-markdown.js';
import {markdownToPlain} from '../../../source/text/markdown-plain.js';
import {mapAtom} from '../../../source/transform/map-atom.js';
import {
  equationItem,
  type Marks,
  pageMentionItem,
  richTextOf,
  textItem,
  titleOf,
} from '../../fakes/notion-rich-text.js';
import * as v from '../../fakes/notion-values.js';

const markArb: fc.Arbitrary<Marks> = fc.record(
  {
    bold: fc.boolean(),
    italic: fc.boolean(),
    strikethrough: fc.boolean(),
    code: fc.boolean(),
    underline: fc.boolean(),
  },
  {requiredKeys: []},
);
// Text with the characters that could read as markup, spaces and line breaks mixed in.
const textArb = fc.string({
  unit: fc.constantFrom(
    'a',
    'b',
    ' ',
    '*',
    '_',
    '~',
    '`',
    '[',
    ']',
    '(',
    ')',
    '$',
    '\\',
    '\n',
    '{',
    '}',
    'é',
    '1',
  ),
  minLength: 1,
  maxLength: 12,
});
const itemArb = fc.oneof(
  {weight: 5, arbitrary: fc.tuple(textArb, markArb).map(([text, marks]) => textItem(text, marks))},
  {
    weight: 1,
    arbitrary: fc
      .tuple(textArb, fc.constantFrom('https://e.org/a', 'https://e.org/(b) c'))
      .map(([text, url]) => textItem(text, {}, url)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('x^2', 'W = 2^{16}', '\\frac{a}{b}').map((tex) => equationItem(tex)),
  },
);

describe('richTextToMarkdown', () => {
  it('keeps plain text byte-identical unless it would read as markup', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 60}), (text) => {
        const markdown = richTextToMarkdown([textItem(text)])!;
        if (markdownToPlain(text) === text) expect(markdown).toBe(text);
        // Escaped or not, the text a reader sees is the text Notion has.
        expect(markdownToPlain(markdown)).toBe(text);
      }),
    );
  });

  it('never loses or changes text, whatever the annotations', () => {
    fc.assert(
      fc.property(fc.array(itemArb, {maxLength: 6}), (items) => {
        const markdown = richTextToMarkdown(items)!;
        const expected = items
          .map((item) =>
            item.type === 'equation'
              ? (item as {plain_text: string}).plain_text
              : richTextToPlain(item),
          )
          .join('');
        expect(markdownToPlain(markdown)).toBe(expected);
      }),
      {numRuns: 300},
    );
  });

  it('round-trips through the write-back form with the same annotations', () => {
    const items = [
      textItem('Use '),
      textItem('TCP', {bold: true}),
      textItem(' or '),
      textItem('UDP', {italic: true, bold: true}),
      textItem(' with '),
      textItem('send()', {code: true}),
      textItem(', '),
      textItem('old', {strikethrough: true}),
      textItem(' '),
      textItem('docs', {}, 'https://e.org/docs'),
      textItem(' and '),
      equationItem('x^2'),
    ];
    const markdown = richTextToMarkdown(items)!;
    expect(markdown).toBe(
      'Use **TCP** or ***UDP*** with `send()`, ~~old~~ [docs](https://e.org/docs) and $x^2$',
    );
    expect(markdownToRichText(markdown)).toEqual([
      {type: 'text', text: {content: 'Use '}},
      {type: 'text', text: {content: 'TCP'}, annotations: {bold: true}},
      {type: 'text', text: {content: ' or '}},
      {type: 'text', text: {content: 'UDP'}, annotations: {bold: true, italic: true}},
      {type: 'text', text: {content: ' with '}},
      {type: 'text', text: {content: 'send()'}, annotations: {code: true}},
      {type: 'text', text: {content: ', '}},
      {type: 'text', text: {content: 'old'}, annotations: {strikethrough: true}},
      {type: 'text', text: {content: ' '}},
      {type: 'text', text: {content: 'docs', link: {url: 'https://e.org/docs'}}},
      {type: 'text', text: {content: ' and '}},
      {type: 'equation', equation: {expression: 'x^2'}},
    ]);
  });

  it('drops underline and colour, links page mentions, moves edge spaces out of markers', () => {
    expect(
      richTextToMarkdown([
        textItem('under', {underline: true, color: 'red'}),
        textItem(' bold ', {bold: true}),
        pageMentionItem('0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', 'Transport'),
      ]),
    ).toBe('under **bold** [Transport](https://www.notion.so/0f1e2d3c4b5a49788695a4b3c2d1e0f9)');
    expect(richTextToMarkdown([textItem('a\n  b', {code: true})])).toBe('`a`\n`  b`');
    expect(richTextToMarkdown([])).toBe('');
    expect(richTextToMarkdown('not rich text')).toBeNull();
  });
});

describe('quiz answers in Markdown', () => {
  const names = propertyNamesFor('flashcards', undefined);
  const page = (answer: ReturnType<typeof richTextOf>, type: string) => ({
    id: '5b2e8c4a-1111-4222-8333-444455556666',
    properties: {
      Question: titleOf([textItem('Which protocol is reliable?')]),
      Answer: answer,
      Type: v.select(type),
    },
  });

  it('keeps inline formatting in option texts', () => {
    const draft = mapAtom(
      page(
        richTextOf([
          textItem('* '),
          textItem('TCP', {bold: true}),
          textItem('\nUDP\n'),
          textItem('SCTP', {code: true}),
        ]),
        'mcq',
      ),
      names,
    );
    expect(draft.parseError).toBeNull();
    expect(draft.content).toMatchObject({options: ['**TCP**', 'UDP', '`SCTP`'], correct: [0]});
  });

  it('reads JSON from the plain text, as before', () => {
    const json = '{"options": ["a*b*c", "d"], "correct": [1]}';
    const draft = mapAtom(page(richTextOf([textItem(json)]), 'mcq'), names);
    expect(draft.back).toBe('{"options": ["a*b\\*c", "d"], "correct": [1]}');
    expect(draft.content).toMatchObject({options: ['a*b*c', 'd'], correct: [1]});
  });
});
