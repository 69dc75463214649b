import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {embeddedDataDir} from '../../source/config/paths.js';
import {type Database, openDatabase} from '../../source/db/connection.js';
import {migrate} from '../../source/db/migrate.js';
import {seedAtom, seedProposal} from '../db/review-fixtures.js';
import {createTestDatabase, testBackends} from '../helpers/database.js';
import {runNls} from '../helpers/run-nls.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'nls-review-cli-'));
afterAll(() => rmSync(temp, {recursive: true, force: true}));

// Each backend gets its own database: embedded through NLS_HOME, a server through DATABASE_URL
// (the CLI then opens it through openDatabase's server branch).
for (const backend of testBackends()) {
  const env: Record<string, string> = {NLS_HOME: path.join(temp, backend)};
  let single = '';
  let split: string[] = [];
  let other = '';
  let server: Database | undefined;

  beforeAll(async () => {
    if (backend === 'server') {
      server = await createTestDatabase('server');
      env.DATABASE_URL = server.location;
    }
    const db = server ?? (await openDatabase({dataDir: embeddedDataDir(env.NLS_HOME!)}));
    try {
      await migrate(db.sql);
      const a = await seedAtom(db.sql, {cardId: 'NET-1'});
      const b = await seedAtom(db.sql, {cardId: 'NET-2'});
      const c = await seedAtom(db.sql, {cardId: 'NET-3'});
      [single] = (await seedProposal(db.sql, {
        originalAtomId: a,
        cards: [{front: 'Which layer routes packets?', back: 'Network', quality: 0.95}],
      })) as [string];
      split = await seedProposal(db.sql, {
        originalAtomId: b,
        cards: [
          {front: 'Which layer frames bits?', back: 'Data link', quality: 0.8},
          {front: 'Which layer carries bits?', back: 'Physical', quality: 0.7},
        ],
      });
      [other] = (await seedProposal(db.sql, {
        originalAtomId: c,
        cards: [{front: 'What is a port?', back: 'A transport endpoint', quality: 0.5}],
      })) as [string];
    } finally {
      if (!server) await db.close();
    }
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  describe(`nls review (built CLI) [${backend}]`, () => {
    it('lists pending items as JSON, best first, with splits grouped', async () => {
      const result = await runNls(['review', 'list', '--json'], env);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const page = JSON.parse(result.stdout) as {
        total: number;
        items: {ids: string[]; kind: string}[];
      };
      expect(page.total).toBe(3);
      expect(page.items.map((i) => i.ids)).toEqual([[single], split, [other]]);
      expect(page.items.map((i) => i.kind)).toEqual(['rewrite', 'split', 'rewrite']);
    });

    it('approves a split by one of its ids and rejects with a reason', async () => {
      const approved = await runNls(['review', 'approve', split[1]!, '--json'], env);
      expect(approved.code).toBe(0);
      const decision = JSON.parse(approved.stdout) as {queueIds: string[]; createdAtoms: string[]};
      expect(decision.queueIds.sort()).toEqual([...split].sort());
      expect(decision.createdAtoms).toHaveLength(1);

      const rejected = await runNls(['review', 'reject', other, '--reason', 'too vague'], env);
      expect(rejected.code).toBe(0);
      expect(rejected.stdout).toMatch(/Rejected 1 review row/);

      const list = await runNls(['review', 'list', '--status', 'all', '--json'], env);
      const items = (
        JSON.parse(list.stdout) as {
          items: {ids: string[]; status: string; reviewerNotes: string | null}[];
        }
      ).items;
      const byId = new Map(items.map((i) => [i.ids[0], i]));
      expect(byId.get(split[0])?.status).toBe('approved');
      expect(byId.get(other)).toMatchObject({status: 'rejected', reviewerNotes: 'too vague'});
      expect(byId.get(single)?.status).toBe('pending');

      const plain = await runNls(['review', 'list'], env);
      expect(plain.stdout).toContain(single);
      expect(plain.stdout).toContain('1 of 1 item(s).');
    });

    it('explains bad input and prints the pending count without a terminal', async () => {
      const again = await runNls(['review', 'reject', split[0]!], env);
      expect(again.code).toBe(1);
      expect(again.stdout + again.stderr).toMatch(/already approved/);
      const missing = await runNls(['review', 'approve'], env);
      expect(missing.code).toBe(2);
      const bare = await runNls(['review'], env);
      expect(bare.code).toBe(0);
      expect(bare.stdout).toContain('1 review item(s) pending');
      expect(bare.stdout).toContain('nls review approve');
    });
  });
}
