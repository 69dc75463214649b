import {beforeAll, expect, it} from 'vitest';
import {loadDemoData} from '../../source/demo/load-demo.js';
import {describeEachBackend} from '../helpers/database.js';

// Every example query of the founding schema document, run against the demo data. The document
// uses placeholder ids ('abc-123-def-456', 'abc-123') that are not valid UUIDs; they are replaced
// by a real concept id. Its two monitoring queries name columns that PostgreSQL's statistics
// views do not have (tablename/indexname instead of relname/indexrelname): those run as written
// must fail with "undefined column", and run with the real column names otherwise.
const placeholder = '$CONCEPT_ID';

const documentQueries: [string, string][] = [
  [
    'staging: synced in the last hour',
    `SELECT * FROM stg_notion_flashcards WHERE last_synced_at > now() - interval '1 hour'`,
  ],
  [
    'staging: nested JSON operators',
    `SELECT notion_page_id,
       raw_properties->'CardID'->'rich_text'->0->>'plain_text' as card_id,
       raw_properties->'Question'->'title'->0->>'plain_text' as question
     FROM stg_notion_flashcards`,
  ],
  [
    'atoms of a concept',
    `SELECT * FROM learning_atoms WHERE concept_id = '${placeholder}' AND is_atomic = true`,
  ],
  [
    'Anki-syncable atoms',
    `SELECT * FROM learning_atoms WHERE atom_type IN ('flashcard', 'cloze')
       AND quality_score >= 0.75 ORDER BY module_id, card_id`,
  ],
  [
    'NLS quiz atoms',
    `SELECT * FROM learning_atoms WHERE atom_type IN ('mcq', 'true_false', 'matching', 'parsons')
       ORDER BY created_at DESC`,
  ],
  [
    'average ease by concept',
    `SELECT c.name as concept_name, COUNT(a.id) as card_count, AVG(a.anki_ease_factor) as avg_ease,
       AVG(a.anki_interval) as avg_interval
     FROM learning_atoms a JOIN concepts c ON a.concept_id = c.id
     WHERE a.anki_note_id IS NOT NULL GROUP BY c.name ORDER BY avg_ease DESC`,
  ],
  [
    'pending review items',
    `SELECT * FROM review_queue WHERE status = 'pending'
       ORDER BY quality_score DESC, created_at ASC LIMIT 20`,
  ],
  [
    'original vs rewritten',
    `SELECT id, original_front, front as rewritten_front, original_back, back as rewritten_back,
       rewrite_reason, quality_score
     FROM review_queue WHERE status = 'pending' AND original_atom_id IS NOT NULL`,
  ],
  [
    "today's study session",
    `SELECT concept_name, COUNT(*) as due_count FROM v_due_atoms
       GROUP BY concept_name ORDER BY due_count DESC`,
  ],
  [
    'concepts needing attention',
    `SELECT * FROM v_concept_atom_stats WHERE avg_ease < 2.0 OR needs_review_count > 5
       ORDER BY avg_ease ASC`,
  ],
  ['pending review backlog', `SELECT * FROM v_review_queue_summary WHERE status = 'pending'`],
  [
    'query plan',
    `EXPLAIN ANALYZE SELECT * FROM learning_atoms WHERE concept_id = '${placeholder}'
       AND atom_type IN ('flashcard', 'cloze')`,
  ],
  ['update statistics', 'ANALYZE learning_atoms'],
  ['vacuum', 'VACUUM ANALYZE'],
];

const monitoringAsDocumented: [string, string][] = [
  [
    'index usage',
    `SELECT schemaname, tablename, indexname, idx_scan, idx_tup_read, idx_tup_fetch
     FROM pg_stat_user_indexes WHERE schemaname = 'public' ORDER BY idx_scan DESC`,
  ],
  [
    'missing indexes',
    `SELECT schemaname, tablename, seq_scan, seq_tup_read, idx_scan,
       seq_tup_read / seq_scan as avg_seq_read
     FROM pg_stat_user_tables WHERE seq_scan > 0 AND schemaname = 'public'
     ORDER BY seq_tup_read DESC`,
  ],
];

function withRealColumns(query: string): string {
  return query
    .replace('tablename, indexname', 'relname as tablename, indexrelname as indexname')
    .replace('schemaname, tablename, seq_scan', 'schemaname, relname as tablename, seq_scan');
}

describeEachBackend('the schema document example queries run on the demo data', (db) => {
  let conceptId = '';
  beforeAll(async () => {
    await loadDemoData(db().sql, {now: new Date('2026-11-25T09:00:00Z')});
    const [row] = await db().sql<{id: string}[]>`
      select concept_id as id from learning_atoms where concept_id is not null limit 1`;
    conceptId = row!.id;
  });

  it.each(documentQueries)('%s', async (_name, query) => {
    const rows = await db().sql.unsafe(query.replaceAll(placeholder, conceptId));
    expect(Array.isArray(rows)).toBe(true);
  });

  it('returns demo rows for the content queries', async () => {
    const [atoms] = await db().sql.unsafe(
      `SELECT count(*)::int as n FROM learning_atoms WHERE concept_id = '${conceptId}'`,
    );
    expect(atoms!.n).toBeGreaterThan(0);
    const due = await db().sql.unsafe(documentQueries[8]![1]);
    expect(due.length).toBeGreaterThan(0);
    const backlog = await db().sql.unsafe(documentQueries[10]![1]);
    expect(backlog[0]).toMatchObject({source: 'gemini', status: 'pending'});
  });

  it('runs the example INSERT (rolled back)', async () => {
    await db()
      .sql.begin(async (tx) => {
        await tx.unsafe(`INSERT INTO clean_concept_areas (notion_id, name, domain, display_order)
          VALUES ('abc123', 'Computer Science', 'STEM', 1), ('def456', 'Mathematics', 'STEM', 2),
                 ('ghi789', 'Biology', 'STEM', 3)`);
        const rows =
          await tx`select count(*)::int as n from clean_concept_areas where domain = 'STEM'`;
        expect(rows[0]!.n).toBe(3);
        throw new Error('rollback');
      })
      .catch((error: Error) => expect(error.message).toBe('rollback'));
  });

  it.each(monitoringAsDocumented)(
    '%s: fails as documented, runs with the real columns',
    async (_n, q) => {
      await expect(db().sql.unsafe(q)).rejects.toMatchObject({code: '42703'});
      const rows = await db().sql.unsafe(withRealColumns(q));
      expect(Array.isArray(rows)).toBe(true);
    },
  );
});
