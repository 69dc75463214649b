import {describe, expect, it} from 'vitest';
import {gradeCard} from '../../../source/cleaning/grade-card.js';
import {
  type DemoAtom,
  demoAreas,
  demoAtomEntries,
  demoConceptEntries,
  demoModules,
  demoProgram,
  demoRewrites,
  demoTracks,
} from '../../../source/demo/content/index.js';

const atoms = demoAtomEntries(demoAreas).map((entry) => entry.atom);
const concepts = demoConceptEntries(demoAreas).map((entry) => entry.concept);
const ofType = <T extends DemoAtom['type']>(type: T) =>
  atoms.filter((atom): atom is Extract<DemoAtom, {type: T}> => atom.type === type);
const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

describe('demo course structure', () => {
  it('has 3 areas with 2–3 clusters each and 40–45 concepts', () => {
    expect(demoAreas).toHaveLength(3);
    for (const area of demoAreas) {
      expect(area.clusters.length).toBeGreaterThanOrEqual(2);
      expect(area.clusters.length).toBeLessThanOrEqual(3);
    }
    expect(concepts.length).toBeGreaterThanOrEqual(40);
    expect(concepts.length).toBeLessThanOrEqual(45);
    expect(new Set(concepts.map((c) => c.name)).size).toBe(concepts.length);
  });

  it('cluster exam weights add up to 100', () => {
    const total = demoAreas.flatMap((a) => a.clusters).reduce((sum, c) => sum + c.examWeight, 0);
    expect(total).toBe(100);
  });

  it('has 12 weekly modules on the 2 tracks, and every concept week has a module', () => {
    expect(demoTracks).toHaveLength(2);
    const trackNames = new Set(demoTracks.map((t) => t.name));
    expect(demoModules.map((m) => m.week)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const module of demoModules) {
      expect(trackNames.has(module.track)).toBe(true);
      expect(module.name.startsWith(`Week ${module.week} — `)).toBe(true);
    }
    const weeks = new Set(demoModules.map((m) => m.week));
    for (const concept of concepts) expect(weeks.has(concept.week), concept.name).toBe(true);
    // Every module teaches something, so no week is empty in the demo.
    for (const week of weeks) expect(concepts.some((c) => c.week === week)).toBe(true);
  });

  it('has a program with ISO dates in order', () => {
    expect(demoProgram.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(demoProgram.endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(demoProgram.startDate < demoProgram.endDate).toBe(true);
  });
});

describe('demo atoms', () => {
  it('has at least 330 atoms of all six types, with at least 12 matching and 12 parsons', () => {
    expect(atoms.length).toBeGreaterThanOrEqual(330);
    for (const type of [
      'flashcard',
      'cloze',
      'mcq',
      'true_false',
      'matching',
      'parsons',
    ] as const) {
      expect(ofType(type).length, type).toBeGreaterThan(0);
    }
    expect(ofType('matching').length).toBeGreaterThanOrEqual(12);
    expect(ofType('parsons').length).toBeGreaterThanOrEqual(12);
  });

  it('has unique fronts, so derived card ids cannot collide', () => {
    const fronts = atoms.map((a) => normalise(a.front));
    const duplicates = fronts.filter((front, i) => fronts.indexOf(front) !== i);
    expect(duplicates).toEqual([]);
  });

  it('has non-empty text on every flashcard and a deletion in every cloze', () => {
    for (const card of ofType('flashcard')) {
      expect(card.front.trim().length).toBeGreaterThan(0);
      expect(card.back.trim().length).toBeGreaterThan(0);
    }
    for (const card of ofType('cloze')) expect(card.front).toMatch(/\{\{c\d+::[^}]+\}\}/);
  });

  it('has mcq items with in-range, distinct correct indices and some multi-answer items', () => {
    for (const q of ofType('mcq')) {
      expect(q.options.length, q.front).toBeGreaterThanOrEqual(2);
      expect(new Set(q.options).size, q.front).toBe(q.options.length);
      expect(q.correct.length, q.front).toBeGreaterThanOrEqual(1);
      expect(new Set(q.correct).size, q.front).toBe(q.correct.length);
      for (const i of q.correct) {
        expect(Number.isInteger(i) && i >= 0 && i < q.options.length, q.front).toBe(true);
      }
    }
    expect(ofType('mcq').filter((q) => q.correct.length >= 2).length).toBeGreaterThanOrEqual(10);
  });

  it('has true_false items of both answers', () => {
    const answers = new Set(ofType('true_false').map((q) => q.answer));
    expect(answers).toEqual(new Set([true, false]));
  });

  it('has matching items of 2–8 pairs with unique lefts and rights', () => {
    for (const m of ofType('matching')) {
      expect(m.pairs.length, m.front).toBeGreaterThanOrEqual(2);
      expect(m.pairs.length, m.front).toBeLessThanOrEqual(8);
      expect(new Set(m.pairs.map((p) => p.left)).size, m.front).toBe(m.pairs.length);
      expect(new Set(m.pairs.map((p) => p.right)).size, m.front).toBe(m.pairs.length);
    }
  });

  it('has parsons items of at least 2 lines whose distractors are not solution lines', () => {
    const items = ofType('parsons');
    for (const p of items) {
      expect(p.lines.length, p.front).toBeGreaterThanOrEqual(2);
      for (const d of p.distractors ?? []) expect(p.lines, p.front).not.toContain(d);
    }
    expect(items.some((p) => p.lines.some((line) => /^ +\S/.test(line)))).toBe(true);
    expect(items.filter((p) => (p.distractors?.length ?? 0) > 0).length).toBeGreaterThan(5);
  });
});

describe('demo rewrites', () => {
  const flashcardsByConcept = new Map(
    concepts.map((c) => [c.name, c.atoms.filter((a) => a.type === 'flashcard')]),
  );

  it('has 12–15 rewrites whose originals exist verbatim in their concept', () => {
    expect(demoRewrites.length).toBeGreaterThanOrEqual(12);
    expect(demoRewrites.length).toBeLessThanOrEqual(15);
    for (const rewrite of demoRewrites) {
      const cards = flashcardsByConcept.get(rewrite.conceptName) ?? [];
      const found = cards.some(
        (c) => c.front === rewrite.original.front && c.back === rewrite.original.back,
      );
      expect(found, rewrite.original.front).toBe(true);
    }
  });

  it('has valid proposals: 1–3 cards, confidence 0.6–0.98, fronts new to the content', () => {
    const fronts = new Set(atoms.map((a) => normalise(a.front)));
    for (const rewrite of demoRewrites) {
      expect(rewrite.proposal.length).toBeGreaterThanOrEqual(1);
      expect(rewrite.proposal.length).toBeLessThanOrEqual(3);
      expect(rewrite.confidence).toBeGreaterThanOrEqual(0.6);
      expect(rewrite.confidence).toBeLessThanOrEqual(0.98);
      expect(rewrite.reason.length).toBeGreaterThan(0);
      for (const card of rewrite.proposal) {
        expect(fronts.has(normalise(card.front)), card.front).toBe(false);
      }
    }
    expect(demoRewrites.some((r) => r.proposal.length === 1)).toBe(true);
    expect(demoRewrites.some((r) => r.proposal.length > 1)).toBe(true);
  });

  it('gives the cleaning grader work: most originals are flagged, few other flashcards are', () => {
    const flagged = (card: {front: string; back: string}) => {
      const report = gradeCard({front: card.front, back: card.back, atomType: 'flashcard'});
      return report.grade !== 'A' || !report.isAtomic;
    };
    const originals = new Set(demoRewrites.map((r) => r.original.front));
    const flaggedOriginals = demoRewrites.filter((r) => flagged(r.original)).length;
    expect(flaggedOriginals).toBeGreaterThanOrEqual(8);
    const others = ofType('flashcard').filter((c) => !originals.has(c.front));
    expect(others.filter(flagged).length / others.length).toBeLessThan(0.03);
    // Every proposal is itself a clean card.
    for (const card of demoRewrites.flatMap((r) => r.proposal)) {
      expect(flagged(card), card.front).toBe(false);
    }
  });
});
