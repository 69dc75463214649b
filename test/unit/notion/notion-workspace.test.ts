import {describe, expect, it} from 'vitest';
import {readText} from '../../../source/notion/property-readers.js';
import {notionPropertyTypes} from '../../fakes/notion-values.js';
import {generateWorkspace} from '../../fakes/notion-workspace.js';

describe('generateWorkspace', () => {
  it('is deterministic for a seed', () => {
    const a = JSON.stringify(generateWorkspace({seed: 5, flashcards: 120, badRows: true}));
    const b = JSON.stringify(generateWorkspace({seed: 5, flashcards: 120, badRows: true}));
    const c = JSON.stringify(generateWorkspace({seed: 6, flashcards: 120, badRows: true}));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('generates 10,000 flashcards in under a second', () => {
    // CPU time, not wall time: other test workers share the machine's cores.
    const started = process.cpuUsage();
    const workspace = generateWorkspace({seed: 1, flashcards: 10_000});
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    const cards = workspace.entity.flashcards.dataSource.pages;
    expect(cards).toHaveLength(10_000);
    const fronts = new Set(cards.map((card) => readText(card.properties.Question)));
    expect(fronts.size).toBeGreaterThan(2000);
    const times = cards.map((card) => card.createdTime);
    expect(Math.max(...times)).toBeLessThan(workspace.now);
  });

  it('has the seven entities with the default property names and every property type', () => {
    const {entity} = generateWorkspace({flashcards: 40});
    expect(Object.keys(entity).sort()).toEqual(
      [
        'concept_areas',
        'concept_clusters',
        'concepts',
        'flashcards',
        'modules',
        'programs',
        'tracks',
      ].sort(),
    );
    expect(Object.keys(entity.flashcards.dataSource.schema)).toEqual(
      expect.arrayContaining([
        'Question',
        'Answer',
        'CardID',
        'Type',
        'Concept',
        'Module',
        'Status',
      ]),
    );
    expect(Object.keys(entity.concept_clusters.dataSource.schema)).toEqual(
      expect.arrayContaining(['Name', 'ConceptArea', 'ExamWeight', 'Description', 'Order']),
    );
    const types = new Set(
      Object.values(entity).flatMap((db) => Object.values(db.dataSource.schema).map((c) => c.type)),
    );
    expect([...types].sort()).toEqual([...notionPropertyTypes].sort());
    for (const db of Object.values(entity)) {
      const ids = Object.values(db.dataSource.schema).map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('links cards both ways, with one concept over the 25-reference limit', () => {
    const workspace = generateWorkspace({flashcards: 100});
    const concepts = workspace.entity.concepts.dataSource.pages;
    const big = concepts.find((c) => c.id === workspace.bigConceptId);
    const related = (big?.properties.Flashcards?.relation ?? []) as {id: string}[];
    expect(related.length).toBeGreaterThan(25);
    const card = workspace.entity.flashcards.dataSource.pages.find((p) => p.id === related[0]?.id);
    expect(card?.properties.Concept?.relation).toEqual([{id: workspace.bigConceptId}]);
  });

  it('adds the bad rows on request', () => {
    const workspace = generateWorkspace({flashcards: 20, badRows: true});
    const problems = workspace.badRows.map((row) => row.problem);
    expect(problems).toEqual(
      expect.arrayContaining([
        'empty_question',
        'unknown_type',
        'dangling_relation',
        'terminal_escape',
      ]),
    );
    expect(workspace.entity.flashcards.dataSource.pages).toHaveLength(20 + problems.length);
    expect(generateWorkspace({flashcards: 20}).badRows).toEqual([]);
  });
});
