import {afterEach, beforeEach, expect, it} from 'vitest';
import {createAnkiClient} from '../../source/anki/client.js';
import {type PushOptions, pushToAnki} from '../../source/anki/sync/push-service.js';
import {clearAllData} from '../../source/db/demo-marker.js';
import {recentSyncRuns} from '../../source/db/sync-log.js';
import {loadDemoData} from '../../source/demo/load-demo.js';
import {ignoreProgress} from '../../source/progress/progress-events.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {describeEachBackend} from '../helpers/database.js';
import {ankiColumns, insertAnkiCourse, testSettings} from './anki-fixtures.js';

const now = new Date('2025-03-01T10:00:00Z');

describeEachBackend('anki push', (db) => {
  let fake: FakeAnki;
  beforeEach(async () => {
    await clearAllData(db().sql);
    fake = await startFakeAnki({now: () => now.getTime(), delayMs: 1});
  });
  afterEach(() => fake.stop());

  const push = (extra: Partial<PushOptions> = {}) =>
    pushToAnki(db(), createAnkiClient({url: fake.url}), {
      now,
      onProgress: ignoreProgress,
      settings: testSettings,
      url: fake.url,
      ...extra,
    });
  const subActions = (name: string) =>
    fake
      .requestsFor('multi')
      .flatMap((r) =>
        (r.params.actions as Array<{action: string}>).filter((a) => a.action === name),
      );
  const noteOf = (cardKey: string) =>
    [...fake.collection.notes.values()].find((n) => n.fields.CardID === cardKey);

  it('creates note types, decks and notes, and stores the links', async () => {
    await insertAnkiCourse(db().sql, 'Net', [
      {cardId: 'NET-1', front: 'What does <TCP> stand for?', back: 'Transmission Control Protocol'},
      {cardId: 'NET-2', type: 'cloze', front: 'The {{c1::TCP}} handshake has three steps.'},
      {cardId: 'NET-3', needsReview: true},
      {cardId: 'NET-4', quality: 0.5},
      {cardId: 'NET-5', type: 'mcq'},
    ]);
    const result = await push();
    expect(result.plan).toMatchObject({add: 2, update: 0, skipped: 2});
    expect(result.added).toBe(2);
    expect(result.createdNoteTypes).toEqual(['NLS Basic', 'NLS Cloze']);
    expect(fake.collection.models.get('NLS Basic')?.fields[0]).toBe('CardID');
    expect(fake.collection.models.get('NLS Cloze')?.fields[0]).toBe('CardID');
    expect(fake.collection.decks.has('NLS::Net Track::Net Module')).toBe(true);
    const basic = noteOf('NET-1');
    expect(basic?.modelName).toBe('NLS Basic');
    expect(basic?.fields.Front).toBe('What does &lt;TCP&gt; stand for?');
    expect(basic?.fields.Back).toBe('Transmission Control Protocol');
    expect(basic?.fields.Concept).toBe('Net Concept');
    expect(basic?.fields.Module).toBe('Net Module');
    expect(basic?.tags).toEqual([
      'nls',
      'nls::type::flashcard',
      'nls::concept::net-concept',
      'nls::module::net-module',
    ]);
    expect(noteOf('NET-2')?.modelName).toBe('NLS Cloze');
    expect(noteOf('NET-2')?.fields.Text).toContain('{{c1::TCP}}');
    expect(noteOf('NET-3')).toBeUndefined();
    expect(noteOf('NET-4')).toBeUndefined();
    const stored = await ankiColumns(db().sql, 'NET-1');
    expect(stored.anki_note_id).toBe(basic?.id);
    expect(stored.anki_card_id).toBe(basic?.cardIds[0]);
    expect(stored.anki_deck).toBe('NLS::Net Track::Net Module');
    expect(stored.anki_synced_at?.getTime()).toBe(now.getTime());
    const [run] = await recentSyncRuns(db().sql, 1);
    expect(run).toMatchObject({syncType: 'anki_push', status: 'completed', itemsAdded: 2});
    expect(fake.maxInFlight()).toBe(1);
  });

  it('sends nothing for unchanged atoms and one updateNoteFields for an edit, keeping reviews', async () => {
    await insertAnkiCourse(db().sql, 'Ed', [{cardId: 'ED-1'}, {cardId: 'ED-2'}, {cardId: 'ED-3'}]);
    await push();
    const cardId = noteOf('ED-2')!.cardIds[0]!;
    fake.simulateReviews(cardId, [
      {rating: 3, at: new Date('2025-02-01T09:00:00Z')},
      {rating: 3, at: new Date('2025-02-03T09:00:00Z')},
    ]);
    const before = fake.requests.length;
    const second = await push();
    expect(second.plan).toMatchObject({add: 0, update: 0, unchanged: 3});
    const sent = fake.requests.slice(before).map((r) => r.action);
    // Only reads: the collection's nls notes, and the note types (checked on every push).
    expect(sent).toEqual(['findNotes', 'modelNames', 'multi']);
    await db().sql`update learning_atoms set back = 'A better answer' where card_id = 'ED-2'`;
    const third = await push();
    expect(third.updated).toBe(1);
    const updates = subActions('updateNoteFields');
    expect(updates).toHaveLength(1);
    expect(noteOf('ED-2')?.fields.Back).toBe('A better answer');
    expect(fake.collection.revlog.get(cardId)).toHaveLength(2);
    expect(fake.collection.cards.get(cardId)?.reps).toBe(2);
    expect(fake.collection.notes.size).toBe(3);
  });

  it('suspends and tags the note of a removed atom; deletes only after confirmation', async () => {
    await insertAnkiCourse(db().sql, 'Rm', [{cardId: 'RM-1'}, {cardId: 'RM-2'}]);
    await push();
    const note = noteOf('RM-1')!;
    await db().sql`update learning_atoms set removed_at = ${now} where card_id = 'RM-1'`;
    const result = await push();
    expect(result.suspended).toBe(1);
    expect(fake.collection.cards.get(note.cardIds[0]!)?.queue).toBe(-1);
    expect(note.tags).toContain('nls::removed');
    expect((await push()).plan.suspend).toBe(0);

    let asked = 0;
    const declined = await push({
      deleteStale: true,
      confirmDelete: async () => {
        asked += 1;
        return false;
      },
    });
    expect(asked).toBe(1);
    expect(declined.deleted).toBe(0);
    expect(fake.collection.notes.has(note.id)).toBe(true);
    expect(fake.requestsFor('deleteNotes')).toHaveLength(0);

    const confirmed = await push({deleteStale: true, confirmDelete: async () => true});
    expect(confirmed.deleted).toBe(1);
    expect(fake.collection.notes.has(note.id)).toBe(false);
    expect(noteOf('RM-2')).toBeDefined();
    expect((await ankiColumns(db().sql, 'RM-1')).anki_note_id).toBeNull();
  });

  it('moves a note when its deck changes and restores a note when its atom comes back', async () => {
    await insertAnkiCourse(db().sql, 'Mv', [{cardId: 'MV-1'}, {cardId: 'MV-2'}]);
    await push();
    const note = noteOf('MV-1')!;
    await db().sql`update learning_atoms set removed_at = ${now} where card_id = 'MV-1'`;
    await push();
    await db().sql`update learning_atoms set removed_at = null where card_id = 'MV-1'`;
    await db().sql`update learning_modules set name = 'Mv Renamed' where name = 'Mv Module'`;
    const result = await push();
    expect(result.updated).toBe(2);
    expect(fake.collection.cards.get(note.cardIds[0]!)?.queue).toBe(0);
    expect(fake.collection.cards.get(note.cardIds[0]!)?.deckName).toBe('NLS::Mv Track::Mv Renamed');
    expect(note.tags).not.toContain('nls::removed');
    expect(note.tags).toContain('nls::module::mv-renamed');
    expect(note.tags).not.toContain('nls::module::mv-module');
    expect(note.fields.Module).toBe('Mv Renamed');
    expect((await ankiColumns(db().sql, 'MV-2')).anki_deck).toBe('NLS::Mv Track::Mv Renamed');
    expect((await push()).plan).toMatchObject({update: 0, unchanged: 2});
  });

  it('dry run prints the plan and changes nothing', async () => {
    await insertAnkiCourse(db().sql, 'Dry', [{cardId: 'DRY-1'}, {cardId: 'DRY-2'}]);
    const result = await push({dryRun: true});
    expect(result.dryRun).toBe(true);
    expect(result.plan).toMatchObject({add: 2, update: 0, unchanged: 0, suspend: 0, delete: 0});
    expect(fake.collection.models.size).toBe(0);
    expect(fake.collection.notes.size).toBe(0);
    expect(fake.requests.map((r) => r.action)).toEqual(['findNotes', 'modelNames']);
    expect((await ankiColumns(db().sql, 'DRY-1')).anki_note_id).toBeNull();
    expect(await recentSyncRuns(db().sql)).toHaveLength(0);
  });

  it('keeps the other notes of a batch when one note fails', async () => {
    await insertAnkiCourse(db().sql, 'Bad', [
      {cardId: 'BAD-1'},
      {cardId: 'BAD-2'},
      {cardId: 'BAD-3'},
    ]);
    fake.failNote('BAD-2', 'cannot create note because it is empty');
    const result = await push();
    expect(result.added).toBe(2);
    expect(result.failures).toEqual([
      {cardKey: 'BAD-2', action: 'addNote', message: 'cannot create note because it is empty'},
    ]);
    expect((await ankiColumns(db().sql, 'BAD-1')).anki_note_id).not.toBeNull();
    expect((await ankiColumns(db().sql, 'BAD-2')).anki_note_id).toBeNull();
    expect((await ankiColumns(db().sql, 'BAD-3')).anki_note_id).not.toBeNull();
    expect(fake.maxInFlight()).toBe(1);
  });

  it('pushes the demo course, re-adding notes whose stored ids Anki does not know', async () => {
    await loadDemoData(db().sql, {now});
    const [{eligible}] = (await db().sql`
      select count(*)::int as eligible from learning_atoms
      where atom_type in ('flashcard', 'cloze') and removed_at is null
        and not coalesce(needs_review, false) and quality_score >= 0.75`) as unknown as [
      {eligible: number},
    ];
    const result = await push();
    expect(result.added).toBe(eligible);
    expect(result.failures).toEqual([]);
    expect(fake.collection.notes.size).toBe(eligible);
    expect((await push()).plan).toMatchObject({add: 0, update: 0, unchanged: eligible});
  });
});
