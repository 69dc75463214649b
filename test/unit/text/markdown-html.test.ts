import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {textToFieldHtml} from '../../../source/anki/note-fields.js';
import {markdownToFieldHtml} from '../../../source/text/markdown-html.js';
import {markdownToPlain} from '../../../source/text/markdown-plain.js';

describe('Markdown → Anki field HTML', () => {
  it.each([
    ['**bold** *italic* ~~gone~~', '<b>bold</b> <i>italic</i> <s>gone</s>'],
    ['call `connect()` now', 'call <code>connect()</code> now'],
    [
      'see [RFC 9293](https://www.rfc-editor.org/rfc/rfc9293)',
      'see <a href="https://www.rfc-editor.org/rfc/rfc9293">RFC 9293</a>',
    ],
    ['window $W = 2^{16}$ bytes', 'window \\(W = 2^{16}\\) bytes'],
    ['$a<b$', '\\(a&lt;b\\)'],
    ['energy\n$$\nE = mc^2\n$$', 'energy<br>\\[E = mc^2\\]'],
    [
      'Code:\n```python\nif a < b:\n    print("x")\n```\ndone',
      'Code:<pre><code class="language-python">if a &lt; b:\n    print(&quot;x&quot;)</code></pre>done',
    ],
    ['{{c1::**TCP**}} is *reliable*', '{{c1::<b>TCP</b>}} is <i>reliable</i>'],
    ['`{{c1::SYN}}` first', '<code>{{c1::SYN}}</code> first'],
    ['a\\*b\\*c and $5 or $6', 'a*b*c and $5 or $6'],
  ])('renders %j', (markdown, html) => {
    expect(markdownToFieldHtml(markdown)).toBe(html);
  });

  it('escapes raw HTML typed in Notion instead of passing it through', () => {
    expect(markdownToFieldHtml('<script>alert("x")</script> **ok**')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <b>ok</b>',
    );
    expect(markdownToFieldHtml('`<img src=x onerror=alert(1)>`')).toBe(
      '<code>&lt;img src=x onerror=alert(1)&gt;</code>',
    );
    // An unsafe scheme is not a link at all; its text stays escaped text.
    expect(markdownToFieldHtml('[x](javascript:alert(1))')).not.toContain('<a');
    expect(markdownToFieldHtml('[x](https://e.org/"onmouseover="a)')).toBe(
      '<a href="https://e.org/%22onmouseover=%22a">x</a>',
    );
  });

  it('gives plain text exactly the HTML it always had', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme-composite', maxLength: 80}), (text) => {
        const plain = text.replace(/[*_~`[$\\]/g, '');
        expect(markdownToFieldHtml(plain)).toBe(textToFieldHtml(plain));
      }),
    );
    // Text with markup characters that parse as nothing renders as it always did too.
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            ' ',
            '\n',
            '*',
            '_',
            '$',
            '[',
            ']',
            '(',
            '~',
            '&',
            "'",
            '<',
            '\t',
          ),
          maxLength: 30,
        }),
        (text) => {
          if (markdownToPlain(text) === text)
            expect(markdownToFieldHtml(text)).toBe(textToFieldHtml(text));
        },
      ),
      {numRuns: 500},
    );
    const lines = 'line one\n\n  indented\n- not a list\n# not a heading\n&amp; <b>x</b>';
    expect(markdownToFieldHtml(lines)).toBe(textToFieldHtml(lines));
    expect(markdownToFieldHtml('snake_case and 5 * 3')).toBe('snake_case and 5 * 3');
  });

  // Its speed is a row of bench/markdown.bench.ts (no timings in unit tests).
  it('renders 10,000 notes of mixed Markdown, each as its own field', () => {
    const texts = Array.from({length: 10_000}, (_, i) =>
      i % 2 === 0
        ? `What does **TCP ${i}** guarantee with \`SYN\` and $x^${i % 9}$?`
        : `Plain answer number ${i} without any markup at all.`,
    );
    const fields = texts.map((text) => markdownToFieldHtml(text));
    expect(fields[0]).toBe('What does <b>TCP 0</b> guarantee with <code>SYN</code> and \\(x^0\\)?');
    expect(fields[1]).toBe('Plain answer number 1 without any markup at all.');
    expect(new Set(fields).size).toBe(10_000);
  });
});
