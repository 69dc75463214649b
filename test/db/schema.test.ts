import {expect, it} from 'vitest';
import {
  addedDefaults,
  documentedColumns,
  documentedIndexes,
  documentedViews,
  foreignKeys,
  primaryKeys,
  uniqueKeys,
} from '../fixtures/schema-spec.js';
import {describeEachBackend} from '../helpers/database.js';

interface ColumnRow {
  table_name: string;
  column_name: string;
  type: string;
  not_null: boolean;
  default_value: string | null;
}

describeEachBackend('schema matches the founding document', (db) => {
  it('has every documented table with every column, type, nullability and default', async () => {
    const rows = await db().sql<ColumnRow[]>`
      select c.relname as table_name, a.attname as column_name,
             format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null,
             pg_get_expr(d.adbin, d.adrelid) as default_value
      from pg_attribute a
      join pg_class c on c.oid = a.attrelid
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where c.relkind = 'r' and a.attnum > 0 and not a.attisdropped`;
    const actual = new Map(rows.map((row) => [`${row.table_name}.${row.column_name}`, row]));
    const tables = Object.keys(documentedColumns);
    expect(tables).toHaveLength(17);
    for (const table of tables) {
      for (const [column, type, notNull, defaultValue] of documentedColumns[table]!) {
        const row = actual.get(`${table}.${column}`);
        expect(row, `${table}.${column} exists`).toBeDefined();
        expect(row!.type, `${table}.${column} type`).toBe(type);
        expect(row!.not_null, `${table}.${column} not null`).toBe(notNull);
        expect(row!.default_value, `${table}.${column} default`).toBe(
          defaultValue ?? addedDefaults[column] ?? null,
        );
      }
    }
  });

  it('has the documented primary keys, unique keys and foreign keys with their ON DELETE', async () => {
    const constraints = await db().sql<
      {
        table_name: string;
        type: string;
        columns: string[];
        ref_table: string | null;
        on_delete: string;
      }[]
    >`
      select c.conrelid::regclass::text as table_name, c.contype as type,
             array(select a.attname::text from unnest(c.conkey) k
                   join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k) as columns,
             c.confrelid::regclass::text as ref_table,
             case c.confdeltype when 'a' then 'NO ACTION' when 'n' then 'SET NULL'
               when 'c' then 'CASCADE' when 'r' then 'RESTRICT' else 'SET DEFAULT' end as on_delete
      from pg_constraint c
      join pg_namespace n on n.oid = c.connamespace and n.nspname = 'public'
      where c.contype in ('p', 'u', 'f')`;
    const has = (table: string, type: string, column: string) =>
      constraints.find(
        (c) => c.table_name === table && c.type === type && c.columns.join() === column,
      );
    for (const [table, column] of Object.entries(primaryKeys)) {
      expect(has(table, 'p', column), `${table} primary key`).toBeDefined();
    }
    for (const [table, column] of uniqueKeys) {
      expect(has(table, 'u', column), `${table}.${column} unique`).toBeDefined();
    }
    for (const [table, column, refTable, onDelete] of foreignKeys) {
      const fk = has(table, 'f', column);
      expect(fk, `${table}.${column} foreign key`).toBeDefined();
      expect(fk!.ref_table).toBe(refTable);
      expect(fk!.on_delete, `${table}.${column} on delete`).toBe(onDelete);
    }
  });

  it('has every documented index, partial ones with their predicate', async () => {
    const indexes = await db().sql<{indexname: string; tablename: string; indexdef: string}[]>`
      select indexname, tablename, indexdef from pg_indexes where schemaname = 'public'`;
    for (const [name, [table, columns, predicate]] of Object.entries(documentedIndexes)) {
      const index = indexes.find((i) => i.indexname === name);
      expect(index, name).toBeDefined();
      expect(index!.tablename).toBe(table);
      expect(index!.indexdef).toContain(`USING btree (${columns})`);
      if (predicate) expect(index!.indexdef).toContain(`WHERE ${predicate}`);
      else expect(index!.indexdef).not.toContain('WHERE');
    }
  });

  it('has the 3 documented views with their columns (plus needs_review_count)', async () => {
    const rows = await db().sql<{table_name: string; column_name: string}[]>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and table_name like 'v\\_%'
      order by table_name, ordinal_position`;
    for (const [view, columns] of Object.entries(documentedViews)) {
      const actual = rows.filter((r) => r.table_name === view).map((r) => r.column_name);
      const expected =
        view === 'v_concept_atom_stats' ? [...columns, 'needs_review_count'] : columns;
      expect(actual, view).toEqual(expected);
    }
  });
});
