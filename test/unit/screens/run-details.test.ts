import {expect, it} from 'vitest';
import type {SyncLogRow} from '../../../source/db/sync-log.js';
import {runDetailLines} from '../../../source/screens/sync/run-details.js';

const run = {
  id: 'r1',
  syncType: 'cleaning',
  status: 'completed',
  startedAt: new Date('2026-11-25T10:00:00Z'),
  completedAt: new Date('2026-11-25T10:00:01Z'),
  itemsProcessed: 340,
  itemsAdded: 1,
  itemsUpdated: 19,
  itemsRemoved: 0,
  errorMessage: null,
  details: {
    seconds: 0.16190431700000044,
    changes: {logged: 19, regraded: 8},
    nearPass: {mode: 'full', similarity: 0.8571428571428571},
    nearPairs: {
      threshold: 0.85,
      pairs: [
        ['a', 'b', 0.9],
        ['c', 'd', 0.88],
      ],
    },
  },
} satisfies SyncLogRow;

it('shows fractions with three decimals and nested details as readable lines', () => {
  const lines = runDetailLines(run);
  expect(lines).toContain('seconds: 0.162');
  expect(lines).toContain('changes: logged 19, regraded 8');
  expect(lines).toContain('nearPass: mode full, similarity 0.857');
  expect(lines).toContain('nearPairs:');
  expect(lines).toContain('  threshold: 0.85');
  expect(lines).toContain('  pairs: 2 items');
});
