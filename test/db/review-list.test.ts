import {expect, it} from 'vitest';
import {createReviewService} from '../../source/review/review-service.js';
import {describeEachBackend} from '../helpers/database.js';
import {seedAtom, seedProposal, testClock} from './review-fixtures.js';

describeEachBackend('review list', (db) => {
  const service = () => createReviewService({db: db(), now: testClock().now});

  it('lists groups by best score then oldest, filters, pages and counts', async () => {
    const sql = db().sql;
    const a = await seedAtom(sql);
    const b = await seedAtom(sql);
    const c = await seedAtom(sql);
    const card = (front: string, quality: number) => ({front, back: 'x', quality});
    const [rowA] = await seedProposal(sql, {
      originalAtomId: a,
      cards: [card('A?', 0.7)],
      createdAt: '2025-02-01T00:00:00Z',
    });
    const split = await seedProposal(sql, {
      originalAtomId: b,
      cards: [card('B1?', 0.6), card('B2?', 0.9)],
      batchId: 'batch-2',
    });
    const [rowC] = await seedProposal(sql, {
      originalAtomId: c,
      cards: [card('C?', 0.7)],
      createdAt: '2025-01-01T00:00:00Z',
      source: 'duplicate_merge',
    });
    await sql`update learning_atoms set front = 'changed in Notion' where id = ${c}`;

    const page = await service().list();
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.ids)).toEqual([split, [rowC], [rowA]]);
    const [first, second] = page.items;
    expect(first).toMatchObject({kind: 'split', qualityScore: 0.9, batchId: 'batch-2'});
    expect(first?.cards.map((card) => card.front)).toEqual(['B1?', 'B2?']);
    expect(first?.original?.atomId).toBe(b);
    expect(first?.originalChanged).toBe(false);
    expect(second).toMatchObject({kind: 'duplicate_merge', originalChanged: true});

    expect((await service().list({source: 'duplicate_merge'})).items.map((i) => i.ids)).toEqual([
      [rowC],
    ]);
    expect((await service().list({batchId: 'batch-2'})).total).toBe(1);
    const paged = await service().list({limit: 1, offset: 1});
    expect(paged).toMatchObject({total: 3, limit: 1, offset: 1});
    expect(paged.items.map((i) => i.ids)).toEqual([[rowC]]);

    await service().reject([rowA!]);
    expect(await service().counts()).toEqual({
      pending: 3,
      pendingGroups: 2,
      approved: 0,
      rejected: 1,
      edited: 0,
    });
    expect((await service().list({status: 'rejected'})).items[0]?.ids).toEqual([rowA]);
    expect((await service().list({status: 'all'})).total).toBe(3);
    expect((await service().get(rowA!))?.status).toBe('rejected');
    expect(await service().get('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await service().get('not-an-id')).toBeNull();
  });
});
