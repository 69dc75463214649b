import {afterEach, beforeEach, expect, it} from 'vitest';
import {createAnkiClient} from '../../source/anki/client.js';
import {pullFromAnki} from '../../source/anki/sync/pull-service.js';
import {type PushOptions, pushToAnki} from '../../source/anki/sync/push-service.js';
import {clearAllData} from '../../source/db/demo-marker.js';
import {recentSyncRuns} from '../../source/db/sync-log.js';
import {ignoreProgress} from '../../source/progress/progress-events.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {describeEachBackend} from '../helpers/database.js';
import {ankiColumns, insertAnkiCourse, testSettings} from './anki-fixtures.js';

// Issue 15, acceptance 1 and 4: push reconciles with the collection, pull clears stale links,
// and a conflicting note type stops every push.
const now = new Date('2025-03-01T10:00:00Z');
const day = {timeZone: 'UTC', startsAtHour: 4};

describeEachBackend('anki push and pull reconcile with the collection', (db) => {
  let fake: FakeAnki;
  beforeEach(async () => {
    await clearAllData(db().sql);
    fake = await startFakeAnki({now: () => now.getTime()});
  });
  afterEach(() => fake.stop());

  const client = () => createAnkiClient({url: fake.url});
  const push = (target: FakeAnki = fake, extra: Partial<PushOptions> = {}) =>
    pushToAnki(db(), createAnkiClient({url: target.url}), {
      now,
      onProgress: ignoreProgress,
      settings: testSettings,
      url: target.url,
      ...extra,
    });
  const noteOf = (cardKey: string) =>
    [...fake.collection.notes.values()].find((n) => n.fields.CardID === cardKey);
  const deleteNote = (noteId: number) =>
    fetch(fake.url, {
      method: 'POST',
      body: JSON.stringify({action: 'deleteNotes', version: 6, params: {notes: [noteId]}}),
    });

  it('re-adds exactly the note deleted in Anki and stores its new note id', async () => {
    await insertAnkiCourse(db().sql, 'Del', [{cardId: 'DEL-1'}, {cardId: 'DEL-2'}]);
    await push();
    const old = noteOf('DEL-2')!;
    await deleteNote(old.id);
    const result = await push();
    expect(result).toMatchObject({added: 1, updated: 0, missingInAnki: 1, failures: []});
    expect(result.plan).toMatchObject({add: 1, unchanged: 1});
    const fresh = noteOf('DEL-2')!;
    expect(fresh.id).not.toBe(old.id);
    const stored = await ankiColumns(db().sql, 'DEL-2');
    expect(stored.anki_note_id).toBe(fresh.id);
    expect(stored.anki_card_id).toBe(fresh.cardIds[0]);
    expect((await ankiColumns(db().sql, 'DEL-1')).anki_note_id).toBe(noteOf('DEL-1')!.id);
    expect((await push()).plan).toMatchObject({add: 0, unchanged: 2});
  });

  it('an empty collection (another profile) gets every eligible note', async () => {
    await insertAnkiCourse(db().sql, 'Emp', [
      {cardId: 'EMP-1'},
      {cardId: 'EMP-2', type: 'cloze', front: 'A {{c1::cloze}} card'},
      {cardId: 'EMP-3', quality: 0.2},
    ]);
    await push();
    const other = await startFakeAnki({now: () => now.getTime()});
    try {
      const result = await push(other);
      expect(result).toMatchObject({added: 2, missingInAnki: 2, failures: []});
      expect(other.collection.notes.size).toBe(2);
      expect(result.createdNoteTypes).toEqual(['NLS Basic', 'NLS Cloze']);
    } finally {
      await other.stop();
    }
  });

  it('a pull after a deletion leaves no atom pointing at a missing note or card', async () => {
    await insertAnkiCourse(db().sql, 'Gone', [{cardId: 'GONE-1'}, {cardId: 'GONE-2'}]);
    await push();
    await deleteNote(noteOf('GONE-1')!.id);
    const result = await pullFromAnki(db(), client(), {
      now,
      onProgress: ignoreProgress,
      url: fake.url,
      day,
    });
    expect(result).toMatchObject({cards: 1, updated: 1, linksCleared: 1});
    const gone = await ankiColumns(db().sql, 'GONE-1');
    expect(gone).toMatchObject({anki_note_id: null, anki_card_id: null});
    const dangling = await db().sql<{n: number}[]>`
      select count(*)::int as n from learning_atoms
      where anki_note_id is not null
        and not (anki_note_id = any(${[...fake.collection.notes.keys()]}::bigint[]))`;
    expect(dangling[0]?.n).toBe(0);
    const [run] = await recentSyncRuns(db().sql, 1);
    expect(run?.details).toMatchObject({linksCleared: 1});
  });

  it('a conflicting note type stops the push, also with nothing to add', async () => {
    await insertAnkiCourse(db().sql, 'Cf', [{cardId: 'CF-1'}]);
    await push();
    const basic = fake.collection.models.get('NLS Basic')!;
    basic.fields = ['Front', ...basic.fields.filter((f) => f !== 'Front')];
    await expect(push()).rejects.toThrow(/"NLS Basic" does not have CardID as its first field/);
    await expect(push(fake, {dryRun: true})).rejects.toThrow(/NLS Basic/);
    const [run] = await recentSyncRuns(db().sql, 1);
    expect(run).toMatchObject({syncType: 'anki_push', status: 'failed'});
  });
});
