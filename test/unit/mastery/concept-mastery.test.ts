import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  computeConceptMastery,
  knowledgeKindOf,
  type MasteryAtom,
} from '../../../source/mastery/concept-mastery.js';

const atom = (atomType: string, retrievability: number | null): MasteryAtom => ({
  atomType,
  retrievability,
});

describe('knowledgeKindOf', () => {
  it('maps atom types to knowledge kinds', () => {
    expect(['flashcard', 'cloze', 'true_false'].map(knowledgeKindOf)).toEqual([
      'declarative',
      'declarative',
      'declarative',
    ]);
    expect(knowledgeKindOf('parsons')).toBe('procedural');
    expect(['mcq', 'matching'].map(knowledgeKindOf)).toEqual(['application', 'application']);
    expect(knowledgeKindOf('something-new')).toBe('declarative');
  });
});

describe('computeConceptMastery', () => {
  it('is to_learn with no atoms or nothing studied, scores null only for absent kinds', () => {
    expect(computeConceptMastery([])).toEqual({
      decScore: null,
      procScore: null,
      appScore: null,
      status: 'to_learn',
      studiedAtoms: 0,
      totalAtoms: 0,
    });
    expect(computeConceptMastery([atom('flashcard', null), atom('mcq', null)])).toMatchObject({
      decScore: 0,
      procScore: null,
      appScore: 0,
      status: 'to_learn',
    });
  });

  it('scores 10 × mean retrievability per kind, unstudied atoms counting as 0', () => {
    const result = computeConceptMastery([
      atom('flashcard', 0.9),
      atom('cloze', 0.8),
      atom('true_false', null),
      atom('parsons', 0.123456),
      atom('mcq', 1),
      atom('matching', 0.5),
    ]);
    expect(result).toMatchObject({
      decScore: 5.67,
      procScore: 1.23,
      appScore: 7.5,
      status: 'active',
    });
    expect(result).toMatchObject({studiedAtoms: 5, totalAtoms: 6});
  });

  it('is mastered when everything is studied and every kind is at least 8.5', () => {
    expect(computeConceptMastery([atom('flashcard', 0.9), atom('mcq', 0.85)]).status).toBe(
      'mastered',
    );
    expect(computeConceptMastery([atom('flashcard', 0.99), atom('mcq', 0.84)]).status).toBe(
      'reviewing',
    );
  });

  it('is stale when everything was studied but a kind fell below 5', () => {
    expect(computeConceptMastery([atom('flashcard', 0.95), atom('parsons', 0.45)]).status).toBe(
      'stale',
    );
    expect(computeConceptMastery([atom('flashcard', 0.95), atom('parsons', 0.5)]).status).toBe(
      'reviewing',
    );
  });

  it('stays active while something is unstudied, even when recall is high', () => {
    expect(computeConceptMastery([atom('flashcard', 1), atom('flashcard', null)]).status).toBe(
      'active',
    );
  });

  it('accepts custom thresholds and clamps bad retrievability values', () => {
    const atoms = [atom('mcq', 0.7)];
    expect(computeConceptMastery(atoms, {mastered: 7, stale: 3}).status).toBe('mastered');
    expect(computeConceptMastery([atom('mcq', 1.7), atom('mcq', Number.NaN)]).appScore).toBe(5);
  });

  it('keeps scores within 0..10 with at most 2 decimals', () => {
    const anyAtom = fc.record({
      atomType: fc.constantFrom('flashcard', 'cloze', 'true_false', 'parsons', 'mcq', 'matching'),
      retrievability: fc.option(fc.double({min: 0, max: 1, noNaN: true}), {nil: null}),
    });
    fc.assert(
      fc.property(fc.array(anyAtom, {maxLength: 30}), (atoms) => {
        const result = computeConceptMastery(atoms);
        for (const value of [result.decScore, result.procScore, result.appScore]) {
          if (value === null) continue;
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(10);
          expect(Math.round(value * 100) / 100).toBe(value);
        }
        if (result.status === 'mastered') expect(result.studiedAtoms).toBe(atoms.length);
      }),
    );
  });
});
