import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {embeddedDataDir} from '../../source/config/paths.js';
import {openDatabase} from '../../source/db/connection.js';
import {type GeminiServer, startGeminiServer} from '../fakes/gemini-server.js';
import {writeVertexCredentials} from '../fakes/vertex-credentials.js';
import {runNls} from '../helpers/run-nls.js';

const listBack = '- Connection setup\n- Ordering\n- Retransmission';

describe('nls clean (built CLI, embedded database)', () => {
  let home: string;
  let gemini: GeminiServer;

  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'nls-clean-cli-'));
    gemini = await startGeminiServer();
    expect((await runNls(['db', 'migrate'], {NLS_HOME: home})).code).toBe(0);
    const db = await openDatabase({dataDir: embeddedDataDir(home)});
    try {
      await db.sql`
        insert into learning_atoms (front, back) values
          ('Q: what''s the port of HTTPS', '443'),
          ('What does TCP provide?', ${listBack}),
          ('what does TCP provide', ${listBack})`;
    } finally {
      await db.close();
    }
  }, 60_000);
  afterAll(async () => {
    await gemini.close();
    rmSync(home, {recursive: true, force: true});
  });

  it('rejects --rewrite without GEMINI_API_KEY and a bad --limit', async () => {
    const missing = await runNls(['clean', '--rewrite'], {NLS_HOME: home});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('GEMINI_API_KEY');
    const bad = await runNls(['clean', '--limit', '0'], {NLS_HOME: home});
    expect(bad.code).toBe(2);
  });

  it('--dry-run --json reports and writes nothing; a real run prints a summary', async () => {
    const dry = await runNls(['clean', '--dry-run', '--json'], {NLS_HOME: home});
    expect(dry.code).toBe(0);
    const report = JSON.parse(dry.stdout);
    expect(report).toMatchObject({dryRun: true, atoms: 3, changes: {normalized: 2, logged: 0}});
    expect(report.duplicates).toMatchObject({groups: 1, proposals: 1});
    expect(report.nextSteps[0]).toContain('nls clean');

    const real = await runNls(['clean'], {NLS_HOME: home});
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('Graded 3 cards');
    expect(real.stdout).toMatch(/grades\s+A \d+/);
    expect(real.stdout).toContain('1 merge proposal queued');
    expect(real.stdout).toContain('1 proposal waits for review: run nls review.');
  }, 60_000);

  it('--rewrite sends candidates to Gemini and queues the proposals', async () => {
    gemini.script({
      type: 'text',
      text: JSON.stringify({
        cards: [
          {front: 'Which TCP feature resends lost data?', back: 'Retransmission', reason: 'r'},
        ],
        confidence: 0.9,
      }),
    });
    const result = await runNls(['clean', '--rewrite', '--limit', '5', '--json'], {
      NLS_HOME: home,
      GEMINI_API_KEY: 'test-gemini-key',
      GEMINI_BASE_URL: gemini.url,
      GEMINI_RPM: '600',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.rewrite).toMatchObject({candidates: 1, attempted: 1, proposals: 1});
    expect(report.pendingReviews).toBe(2);
    expect(result.stdout).not.toContain('test-gemini-key');
  }, 60_000);

  it('--rewrite through Vertex AI records the proposals with source vertex', async () => {
    const db = await openDatabase({dataDir: embeddedDataDir(home)});
    try {
      await db.sql`insert into learning_atoms (front, back) values ('What does UDP provide?', ${listBack})`;
    } finally {
      await db.close();
    }
    gemini.script({
      type: 'text',
      text: JSON.stringify({
        cards: [{front: 'Does UDP order datagrams?', back: 'No', reason: 'r'}],
        confidence: 0.6,
      }),
    });
    const result = await runNls(['clean', '--rewrite', '--limit', '5', '--json'], {
      NLS_HOME: home,
      GOOGLE_GENAI_USE_VERTEXAI: 'true',
      GOOGLE_CLOUD_PROJECT: 'nls-study',
      GOOGLE_CLOUD_LOCATION: 'europe-west4',
      GOOGLE_APPLICATION_CREDENTIALS: writeVertexCredentials(gemini.url),
      // A Gemini key in the environment too: the project wins, and the SDK's notice about it
      // must not reach stdout.
      GEMINI_API_KEY: 'test-gemini-key',
      GEMINI_BASE_URL: gemini.url,
      GEMINI_RPM: '600',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).rewrite).toMatchObject({attempted: 1, proposals: 1});
    expect(gemini.log.at(-1)).toMatchObject({api: 'vertex', project: 'nls-study'});
    const db2 = await openDatabase({dataDir: embeddedDataDir(home)});
    try {
      const rows = await db2.sql<{source: string}[]>`
        select source from review_queue where original_front = 'What does UDP provide?'`;
      expect(rows).toEqual([{source: 'vertex'}]);
    } finally {
      await db2.close();
    }
  }, 60_000);
  it('--leeches lists leeches, and --rewrite queues easier versions through Vertex AI too', async () => {
    const db = await openDatabase({dataDir: embeddedDataDir(home)});
    try {
      await db.sql`
        insert into learning_atoms (card_id, front, back, anki_card_id, anki_lapses)
        values ('LE-9', 'What does the TCP three-way handshake set up?', 'Sequence numbers', 9001, 9)`;
    } finally {
      await db.close();
    }
    const missing = await runNls(['clean', '--leeches', '--rewrite'], {NLS_HOME: home});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      'nls clean --leeches --rewrite needs a Gemini API key or Vertex AI settings.',
    );
    const listed = await runNls(['clean', '--leeches'], {NLS_HOME: home});
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('1 leech (8+ lapses or difficulty above 0.9).');
    expect(listed.stdout).toContain('  LE-9: forgotten 9 times');
    gemini.script({
      type: 'text',
      text: JSON.stringify({
        cards: [
          {front: 'What does a TCP handshake agree on?', back: 'Sequence numbers', reason: 'r'},
        ],
        confidence: 0.7,
      }),
    });
    const rewritten = await runNls(['clean', '--leeches', '--rewrite', '--json'], {
      NLS_HOME: home,
      GOOGLE_GENAI_USE_VERTEXAI: 'true',
      GOOGLE_CLOUD_PROJECT: 'nls-study',
      GOOGLE_CLOUD_LOCATION: 'europe-west4',
      GOOGLE_APPLICATION_CREDENTIALS: writeVertexCredentials(gemini.url),
      GEMINI_BASE_URL: gemini.url,
      GEMINI_RPM: '600',
    });
    expect(rewritten.stderr).toBe('');
    expect(rewritten.code).toBe(0);
    const summary = JSON.parse(rewritten.stdout);
    expect(summary.leeches).toEqual([expect.objectContaining({cardKey: 'LE-9', lapses: 9})]);
    expect(summary.rewrite).toEqual({attempted: 1, proposals: 1, failed: 0, alreadyPending: 0});
    expect(gemini.log.at(-1)).toMatchObject({api: 'vertex', project: 'nls-study'});
  }, 60_000);
});
