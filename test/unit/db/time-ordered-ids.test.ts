import {describe, expect, it} from 'vitest';
import {timeOrderedIds} from '../../../source/db/cleaning-log-rows.js';

const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedIds', () => {
  it('gives distinct version-7 UUIDs in ascending order that start with the time', () => {
    const now = new Date('2026-11-25T12:00:00.123Z');
    const ids = timeOrderedIds(5000, now);
    expect(ids).toHaveLength(5000);
    expect(ids.every((id) => uuidV7.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const time = now.getTime().toString(16).padStart(12, '0');
    expect(ids[0]!.replace('-', '').slice(0, 12)).toBe(time);
  });

  it('sorts a later batch after an earlier one', () => {
    const [earlier] = timeOrderedIds(1, new Date('2026-11-25T12:00:00Z'));
    const [later] = timeOrderedIds(1, new Date('2026-11-25T12:00:01Z'));
    expect(earlier! < later!).toBe(true);
    expect(timeOrderedIds(0, new Date())).toEqual([]);
  });
});
