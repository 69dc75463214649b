import {expect, it} from 'vitest';
import {noteFieldsFor, textToFieldHtml} from '../source/anki/note-fields.js';
import {markdownToPlain} from '../source/text/markdown-plain.js';
import {syntheticAnkiAtoms} from '../test/helpers/synthetic-dataset.js';
import {median, record} from './recorder.js';

const count = 10_000;

// The push's own rendering step (noteFieldsFor: front and back of every note), on cards that
// carry every kind of Markdown a Notion cell can give, half of them plain as most decks are.
function markdownAtoms() {
  return syntheticAnkiAtoms(count, 3, 'MD').map((atom, i) => ({
    cardId: atom.cardId,
    atomType: 'flashcard' as const,
    front:
      i % 2 === 0
        ? atom.front.replace('what does', 'what does **the**').replace(' do?', ' *really* do?')
        : atom.front,
    back:
      i % 2 === 0
        ? `${atom.back} See [RFC ${i}](https://www.rfc-editor.org/rfc/rfc${i}), call \`send()\`, window $W = 2^{${i % 16}}$, ~~old~~.\n\`\`\`c\nint x = ${i};\n\`\`\``
        : atom.back,
    concept: 'Bench concept',
    module: 'Bench module',
  }));
}

it('Markdown → HTML of 10,000 notes in the push', () => {
  const atoms = markdownAtoms();
  const plain = atoms.map((atom) => ({
    front: markdownToPlain(atom.front),
    back: markdownToPlain(atom.back),
  }));
  const runs: number[] = [];
  const references: number[] = [];
  let fields = 0;
  for (let run = 0; run < 5; run += 1) {
    let start = performance.now();
    for (const atom of atoms) fields += Object.keys(noteFieldsFor(atom).fields).length;
    runs.push((performance.now() - start) / 1000);
    start = performance.now();
    for (const text of plain)
      fields += textToFieldHtml(text.front).length + textToFieldHtml(text.back).length;
    references.push((performance.now() - start) / 1000);
  }
  expect(fields).toBeGreaterThan(0);
  const first = runs[0]!;
  record({
    id: 'anki.markdown.html.seconds',
    job: 'Markdown → Anki field HTML of 10,000 notes (front and back, half with bold, italic, strike, code, a link, math and a code block), first run as in one push',
    value: first,
    unit: 's',
    reference: {
      label: 'escaping the same text as plain HTML (before Markdown)',
      value: median(references),
    },
    target: {op: '<', value: 1, describe: '< 1 s'},
    notes: `markdown-it (zero preset + emphasis, strikethrough, code, links, fences, @mdit/plugin-tex); 5 runs ${runs.map((s) => s.toFixed(3)).join(', ')} s`,
  });
});
