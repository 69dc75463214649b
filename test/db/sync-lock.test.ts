import {expect, it} from 'vitest';
import {createSqlClient} from '../../source/db/sql-client.js';
import {withSyncLock} from '../../source/db/sync-lock.js';
import {startSyncRun} from '../../source/db/sync-log.js';
import {describeEachBackend} from '../helpers/database.js';

describeEachBackend('sync lock', (db, backend) => {
  it('marks runs left running by a killed process as failed (interrupted) before a new run', async () => {
    const stale = await startSyncRun(db().sql, 'notion_full');
    await withSyncLock(db(), async () => {
      const [row] = await db()
        .sql`select status, error_message, details from sync_log where id = ${stale}`;
      expect(row).toMatchObject({status: 'failed', details: {interrupted: true}});
      expect(row!.error_message).toContain('interrupted');
    });
  });

  if (backend === 'server') {
    it('serialises two runs: the second gets a clear message while the first holds the lock', async () => {
      const other = createSqlClient({url: db().location, max: 2});
      const second = {...db(), sql: other};
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let entered!: () => void;
      const inside = new Promise<void>((resolve) => {
        entered = resolve;
      });
      const first = withSyncLock(db(), async () => {
        entered();
        await held;
        return 'first done';
      });
      await inside;
      // The refusal names the holder: the command its session set as application_name.
      const refused = withSyncLock(second, async () => 'second ran');
      await expect(refused).rejects.toThrow(
        /^Another nls run \(sync, clean, push or pull\) is using this database: (nls .+|the nls terminal app) \(PostgreSQL connection pid \d+ (from \S+|over a local socket)\)\.$/,
      );
      release();
      expect(await first).toBe('first done');
      expect(await withSyncLock(second, async () => 'second ran')).toBe('second ran');
      await other.end();
    });
  }
});
