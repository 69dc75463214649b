import {describe, expect, it} from 'vitest';
import {duplicateKey} from '../../../source/cleaning/duplicate-key.js';
import {gradeCard} from '../../../source/cleaning/grade-card.js';
import {normalizeFront} from '../../../source/cleaning/normalize-front.js';
import {demoAreas, demoAtomEntries} from '../../../source/demo/content/index.js';
import {markdownToPlain} from '../../../source/text/markdown-plain.js';
import {generateWorkspace} from '../../fakes/notion-workspace.js';
import {syntheticCleaningAtoms} from '../../helpers/synthetic/cleaning-atoms.js';

function corpusTexts(): string[] {
  const texts: string[] = [];
  for (const {atom} of demoAtomEntries(demoAreas)) {
    texts.push(atom.front);
    if ('back' in atom && atom.back) texts.push(atom.back);
    if ('options' in atom) texts.push(...atom.options);
    if ('lines' in atom) texts.push(...atom.lines);
  }
  for (const atom of syntheticCleaningAtoms(20_000)) texts.push(atom.front, atom.back);
  for (const page of generateWorkspace({flashcards: 3000}).entity.flashcards.dataSource.pages) {
    for (const value of [page.properties.Question?.title, page.properties.Answer?.rich_text]) {
      const items = (value ?? []) as {plain_text: string}[];
      texts.push(items.map((item) => item.plain_text).join(''));
    }
  }
  return texts;
}

describe('cleaning measures the plain projection of Markdown', () => {
  it('sees every text of the test corpora exactly as before, so grades and counts stay', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(40_000);
    // The grader's input is this projection: identical text in, identical grade out.
    const measuredChanged = texts.filter((t) => markdownToPlain(t, {keepCodeMarkers: true}) !== t);
    expect(measuredChanged).toEqual([]);
    // Only code spans lose their backticks in the plain projection; duplicate keys and pg_trgm
    // both ignore backticks, so duplicate groups stay as they were.
    const plainChanged = texts.filter((t) => markdownToPlain(t) !== t);
    expect(plainChanged.length).toBeLessThan(5);
    for (const text of plainChanged) {
      expect(markdownToPlain(text)).toBe(text.replaceAll('`', ''));
    }
  });

  it('makes a bold and a plain copy of a question exact duplicates with the same grade', () => {
    const plain = {front: 'What does TCP guarantee?', back: 'Ordered, reliable delivery.'};
    const bold = {front: 'What does **TCP** guarantee?', back: '*Ordered*, `reliable` delivery.'};
    expect(duplicateKey(bold.front)).toBe(duplicateKey(plain.front));
    const grade = (card: typeof plain) => gradeCard({...card, atomType: 'flashcard'});
    expect(grade(bold)).toMatchObject({
      grade: grade(plain).grade,
      frontWordCount: 4,
      backWordCount: 2,
    });
    expect(grade(bold).qualityScore).toBe(grade(plain).qualityScore);
  });

  it('counts words without markup, keeping math as text and code as code', () => {
    const card = gradeCard({
      front: 'Why is [the window](https://example.org/w) $W = 2^{16}$ ~~bytes~~?',
      back: '**Because** the header field has *16 bits*.\n\n```c\nuint16_t window;\n```',
      atomType: 'flashcard',
    });
    expect(card.frontWordCount).toBe(8);
    expect(card.backWordCount).toBe(7);
  });

  it('keeps cloze deletions readable inside and around markup', () => {
    const card = gradeCard({
      front: '{{c1::**TCP**}} opens with a *three-way* handshake.',
      back: '',
      atomType: 'cloze',
    });
    expect(card.issues.map((issue) => issue.rule)).not.toContain('cloze_missing');
    expect(card.frontWordCount).toBe(6);
  });

  it.each([
    ['Q: What is **TCP**', 'What is **TCP**?'],
    ["what's `ping`", 'What is `ping`?'],
    ['Define **TCP**.', 'What is **TCP**?'],
    // A capital would land on the asterisk: the front is left alone rather than broken.
    ['**what** is TCP?', '**what** is TCP?'],
  ])('normalises the prefix of %j without breaking markup', (front, expected) => {
    const result = normalizeFront(front, 'flashcard');
    expect(result.front).toBe(expected);
    expect(normalizeFront(result.front, 'flashcard').changed).toBe(false);
  });
});
