import {expect, it} from 'vitest';
import {gradeCard} from '../../source/cleaning/grade-card.js';
import {createReviewService} from '../../source/review/review-service.js';
import {describeEachBackend} from '../helpers/database.js';
import {
  rowsJson,
  seedAtom,
  seedProposal,
  snapshot,
  testClock,
  uniqueTag,
} from './review-fixtures.js';

const good = {front: 'Which OSI layer routes packets between networks?', back: 'The network layer'};
const second = {front: 'Which OSI layer moves frames on one link?', back: 'The data link layer'};

describeEachBackend('review decisions', (db) => {
  const clock = testClock();
  const service = () => createReviewService({db: db(), now: clock.now});

  async function atom(id: string) {
    const [row] = await db().sql<Record<string, unknown>[]>`
      select * from learning_atoms where id = ${id}`;
    return row!;
  }
  async function queue(id: string) {
    const [row] = await db().sql<Record<string, unknown>[]>`
      select * from review_queue where id = ${id}`;
    return row!;
  }
  async function logs(atomId: string) {
    return db().sql<{operation: string; old_value: unknown; new_value: unknown}[]>`
      select operation, old_value, new_value from cleaning_log where atom_id = ${atomId}
      order by performed_at, id`;
  }

  it('approves a one-card proposal in place, then undo restores every row exactly', async () => {
    const sql = db().sql;
    const atomId = await seedAtom(sql);
    const [rowId] = await seedProposal(sql, {originalAtomId: atomId, cards: [good]});
    const before = await snapshot(sql, [atomId], [rowId!]);
    const oldAtom = await atom(atomId);

    const result = await service().approve([rowId!]);
    expect(result).toMatchObject({action: 'approve', queueIds: [rowId], updatedAtoms: [atomId]});
    expect(result.createdAtoms).toEqual([]);
    expect(result.notion.mode).toBe('none');

    const grade = gradeCard({...good, atomType: 'flashcard'});
    const updated = await atom(atomId);
    expect(updated).toMatchObject({
      front: good.front,
      back: good.back,
      quality_score: grade.qualityScore,
      is_atomic: grade.isAtomic,
      front_word_count: grade.frontWordCount,
      back_word_count: grade.backWordCount,
      atomicity_status: grade.atomicityStatus,
      needs_review: grade.needsReview,
      rewrite_count: 1,
      anki_note_id: oldAtom.anki_note_id,
      card_id: oldAtom.card_id,
    });
    expect(updated.last_rewrite_at).toEqual(clock.now());
    expect(updated.updated_at).toEqual(clock.now());
    expect(await queue(rowId!)).toMatchObject({
      status: 'approved',
      approved_at: clock.now(),
      approved_atom_id: atomId,
    });
    const [log] = await logs(atomId);
    expect(log).toMatchObject({
      operation: 'ai_rewrite',
      old_value: {front: oldAtom.front, back: oldAtom.back},
      new_value: {front: good.front, back: good.back},
    });

    const undone = await service().undo();
    expect(undone).toMatchObject({decisionId: result.decisionId, restoredAtoms: [atomId]});
    expect(await snapshot(sql, [atomId], [rowId!])).toEqual(before);
    const [decision] = await sql<{undone_at: Date | null}[]>`
      select undone_at from review_decisions where id = ${result.decisionId}`;
    expect(decision?.undone_at).toEqual(clock.now());
  });

  it('approves a split: first card in place, the rest as new graded atoms; undo deletes them', async () => {
    const sql = db().sql;
    const cardId = uniqueTag('OSI');
    const atomId = await seedAtom(sql, {cardId});
    const ids = await seedProposal(sql, {originalAtomId: atomId, cards: [good, second]});
    const before = await snapshot(sql, [atomId], ids);

    const item = await service().get(ids[1]!);
    expect(item).toMatchObject({kind: 'split', ids});

    const result = await service().approve([ids[1]!]);
    expect(result.queueIds).toEqual(ids);
    expect(result.updatedAtoms).toEqual([atomId]);
    expect(result.createdAtoms).toHaveLength(1);
    const newId = result.createdAtoms[0]!;
    const original = await atom(atomId);
    expect(original).toMatchObject({front: good.front, rewrite_count: 1, card_id: cardId});
    const created = await atom(newId);
    const grade = gradeCard({...second, atomType: 'flashcard'});
    expect(created).toMatchObject({
      card_id: `${cardId}-s2`,
      source: 'ai_batch',
      batch_id: 'batch-1',
      atom_type: 'flashcard',
      concept_id: original.concept_id,
      module_id: original.module_id,
      front: second.front,
      quality_score: grade.qualityScore,
      atomicity_status: grade.atomicityStatus,
      anki_note_id: null,
    });
    expect(await queue(ids[0]!)).toMatchObject({status: 'approved', approved_atom_id: atomId});
    expect(await queue(ids[1]!)).toMatchObject({status: 'approved', approved_atom_id: newId});
    expect((await logs(newId)).map((l) => l.operation)).toEqual(['ai_rewrite']);

    await service().undo(result.decisionId);
    expect(await snapshot(sql, [atomId], ids)).toEqual(before);
    expect(await rowsJson(sql, 'learning_atoms', [newId])).toEqual([]);
  });

  it('rejects a group with a reason; the original is untouched; undo restores the rows', async () => {
    const sql = db().sql;
    const atomId = await seedAtom(sql);
    const ids = await seedProposal(sql, {originalAtomId: atomId, cards: [good, second]});
    const before = await snapshot(sql, [atomId], ids);

    const result = await service().reject([ids[0]!], 'loses the examples');
    expect(result).toMatchObject({action: 'reject', queueIds: ids, updatedAtoms: []});
    for (const id of ids) {
      expect(await queue(id)).toMatchObject({
        status: 'rejected',
        reviewer_notes: 'loses the examples',
        approved_at: null,
      });
    }
    expect((await snapshot(sql, [atomId], [])).atoms).toEqual(before.atoms);
    await expect(service().approve([ids[0]!])).rejects.toThrow(/already rejected/);

    await service().undo();
    expect(await snapshot(sql, [atomId], ids)).toEqual(before);
  });

  it('edit applies the reviewer text and ends `edited`; undo restores', async () => {
    const sql = db().sql;
    const atomId = await seedAtom(sql);
    const [rowId] = await seedProposal(sql, {originalAtomId: atomId, cards: [good]});
    const before = await snapshot(sql, [atomId], [rowId!]);
    const text = {front: 'What does the network layer route?', back: 'Packets'};

    await service().edit(rowId!, text);
    expect(await atom(atomId)).toMatchObject({...text, rewrite_count: 1});
    expect(await queue(rowId!)).toMatchObject({
      status: 'edited',
      front: good.front,
      approved_atom_id: atomId,
    });
    const [log] = await logs(atomId);
    expect(log?.new_value).toMatchObject({...text, edited: true});

    await service().undo();
    expect(await snapshot(sql, [atomId], [rowId!])).toEqual(before);
  });

  it('a duplicate merge removes the duplicate; reject changes only the status; both undo', async () => {
    const sql = db().sql;
    const duplicate = await seedAtom(sql);
    const other = await seedAtom(sql);
    const merge = {front: 'duplicate of a better card', back: null};
    const [mergeId] = await seedProposal(sql, {
      originalAtomId: duplicate,
      cards: [merge],
      source: 'duplicate_merge',
      batchId: uniqueTag('dup'),
    });
    const [otherId] = await seedProposal(sql, {
      originalAtomId: other,
      cards: [merge],
      source: 'duplicate_merge',
      batchId: uniqueTag('dup'),
    });
    const before = await snapshot(sql, [duplicate, other], [mergeId!, otherId!]);
    expect((await service().get(mergeId!))?.kind).toBe('duplicate_merge');

    const approved = await service().approve([mergeId!]);
    expect(approved.removedAtoms).toEqual([duplicate]);
    const [duplicateBefore] = before.atoms as {front: string; rewrite_count: number}[];
    expect(await atom(duplicate)).toMatchObject({removed_at: clock.now(), rewrite_count: 0});
    expect((await atom(duplicate)).front).toBe(duplicateBefore?.front);
    expect(await queue(mergeId!)).toMatchObject({status: 'approved', approved_at: clock.now()});
    expect((await logs(duplicate)).map((l) => l.operation)).toEqual(['duplicate_merge']);

    await service().reject([otherId!]);
    expect(await atom(other)).toMatchObject({removed_at: null});
    expect(await queue(otherId!)).toMatchObject({status: 'rejected'});

    await service().undo();
    await service().undo();
    expect(await snapshot(sql, [duplicate, other], [mergeId!, otherId!])).toEqual(before);
  });

  it('a note changes no status and can be undone', async () => {
    const sql = db().sql;
    const atomId = await seedAtom(sql);
    const [rowId] = await seedProposal(sql, {originalAtomId: atomId, cards: [good]});
    const before = await snapshot(sql, [atomId], [rowId!]);

    const result = await service().note(rowId!, 'check the RFC first');
    expect(result.action).toBe('note');
    expect(await queue(rowId!)).toMatchObject({
      status: 'pending',
      reviewer_notes: 'check the RFC first',
    });
    await service().undo(result.decisionId);
    expect(await snapshot(sql, [atomId], [rowId!])).toEqual(before);
  });

  it('batch approve of several groups is one decision and one undo', async () => {
    const sql = db().sql;
    const a = await seedAtom(sql);
    const b = await seedAtom(sql);
    const [rowA] = await seedProposal(sql, {originalAtomId: a, cards: [good]});
    const idsB = await seedProposal(sql, {originalAtomId: b, cards: [good, second]});
    const before = await snapshot(sql, [a, b], [rowA!, ...idsB]);
    const countDecisions = async () =>
      (await sql<{n: number}[]>`select count(*)::int as n from review_decisions`)[0]?.n;
    const decisionsBefore = (await countDecisions()) ?? 0;

    const result = await service().approve([rowA!, idsB[0]!]);
    expect(result.queueIds.sort()).toEqual([rowA!, ...idsB].sort());
    expect(result.updatedAtoms.sort()).toEqual([a, b].sort());
    expect(result.createdAtoms).toHaveLength(1);
    expect(await countDecisions()).toBe(decisionsBefore + 1);

    await service().undo();
    expect(await snapshot(sql, [a, b], [rowA!, ...idsB])).toEqual(before);
  });

  it('refuses unknown ids, double undo, and undoing under a later decision', async () => {
    const sql = db().sql;
    const atomId = await seedAtom(sql);
    const [rowId] = await seedProposal(sql, {originalAtomId: atomId, cards: [good]});
    await expect(service().approve(['00000000-0000-4000-8000-000000000000'])).rejects.toThrow(
      /No review item/,
    );
    await expect(service().approve(['nope'])).rejects.toThrow(/not a review item id/);
    const note = await service().note(rowId!, 'first');
    const approval = await service().approve([rowId!]);
    await expect(service().undo(note.decisionId)).rejects.toThrow(/later decision/);
    await service().undo(approval.decisionId);
    await expect(service().undo(approval.decisionId)).rejects.toThrow(/already undone/);
    await service().undo(note.decisionId);
    expect(await queue(rowId!)).toMatchObject({status: 'pending', reviewer_notes: null});
  });
});
