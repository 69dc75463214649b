import net from 'node:net';
import {afterAll, beforeAll, expect, it} from 'vitest';
import type {Database} from '../../source/db/connection.js';
import {createSqlClient, type Sql} from '../../source/db/sql-client.js';
import {createTestDatabase} from '../helpers/database.js';

// The embedded database is one PostgreSQL session shared by every connection (this process's
// and those of joined nls processes). These tests speak the protocol by hand to reach the cases
// postgres.js only meets by timing.
let db: Database;
beforeAll(async () => {
  db = await createTestDatabase('embedded');
}, 60_000);
afterAll(async () => {
  await db?.close();
});

const cString = (text: string) => Buffer.from(`${text}\0`);
function message(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
}
const int16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

/** A raw protocol connection that collects everything the server sends. */
async function rawConnection(socketPath: string) {
  const socket = net.connect(socketPath);
  let received = Buffer.alloc(0);
  socket.on('data', (data) => {
    received = Buffer.concat([received, data]);
  });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const params = Buffer.concat([
    cString('user'),
    cString('postgres'),
    cString('database'),
    cString('postgres'),
    Buffer.from([0]),
  ]);
  const startup = Buffer.concat([int32(8 + params.length), int32(196608), params]);
  socket.write(startup);
  const until = async (predicate: (text: string) => boolean) => {
    for (let i = 0; i < 400 && !predicate(received.toString('latin1')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return received.toString('latin1');
  };
  await until((text) => text.includes('Z\0\0\0\x05I'));
  received = Buffer.alloc(0);
  return {socket, until, take: () => received.toString('latin1')};
}

it('one connection’s Bind and Execute, sent apart, are not split by another connection’s query', async () => {
  const raw = await rawConnection(db.embedded!.socketPath);
  // Parse and Bind an unnamed statement and portal, then pause before Execute and Sync.
  raw.socket.write(
    Buffer.concat([
      message('P', cString(''), cString("select $1::text || ' from raw' as who"), int16(0)),
      message(
        'B',
        cString(''),
        cString(''),
        int16(0),
        int16(1),
        int32(1),
        Buffer.from('A'),
        int16(0),
      ),
    ]),
  );
  await raw.until((text) => text.includes('2\0\0\0\x04'));
  // Another connection queries meanwhile (its own unnamed portal would replace ours).
  const other: Sql = createSqlClient({path: db.embedded!.socketPath, max: 1});
  const answer = other`select ${'B'}::text as who`;
  // It waits for our unit to end (pglite-socket ran it here, and closed our portal with it).
  const answeredEarly = await Promise.race([
    answer.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 2000)),
  ]);
  expect(answeredEarly).toBe(false);
  raw.socket.write(Buffer.concat([message('E', cString(''), int32(0)), message('S')]));
  const text = await raw.until((t) => t.includes('Z\0\0\0\x05I'));
  expect(text).toContain('A from raw');
  expect(text).not.toContain('portal');
  expect((await answer)[0]).toEqual({who: 'B'});
  raw.socket.destroy();
  await other.end();
}, 30_000);

it('a transaction runs alone; another connection’s read waits for its commit and sees it', async () => {
  const other: Sql = createSqlClient({path: db.embedded!.socketPath, max: 1});
  await other`create table if not exists turn_probe (n int)`;
  let committedAt = 0;
  let started!: () => void;
  const inTransaction = new Promise<void>((resolve) => {
    started = resolve;
  });
  const writer = db.sql.begin(async (tx) => {
    await tx`insert into turn_probe values (1)`;
    started();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await tx`insert into turn_probe values (2)`;
    committedAt = performance.now();
  });
  await inTransaction;
  const [row] = await other`select count(*)::int as n from turn_probe`;
  const readAt = performance.now();
  await writer;
  expect(row!.n).toBe(2);
  expect(readAt).toBeGreaterThanOrEqual(committedAt);
  await other.end();
}, 30_000);

it('a connection dropped inside its transaction is rolled back and the others go on', async () => {
  const raw = await rawConnection(db.embedded!.socketPath);
  raw.socket.write(message('Q', cString('begin; create table dropped_probe (n int);')));
  await raw.until((text) => text.includes('Z\0\0\0\x05T'));
  const other: Sql = createSqlClient({path: db.embedded!.socketPath, max: 1});
  const waiting = other`select to_regclass('dropped_probe')::text as t`;
  raw.socket.destroy();
  expect((await waiting)[0]).toEqual({t: null});
  await other.end();
}, 30_000);

it('many concurrent parameterized queries from several clients all get their own rows', async () => {
  const clients = Array.from({length: 4}, () =>
    createSqlClient({path: db.embedded!.socketPath, max: 1}),
  );
  const wrong: string[] = [];
  await Promise.all(
    clients.map(async (client, k) => {
      for (let i = 0; i < 100; i++) {
        const [row] = await client`select ${i}::int + ${k} as v, ${`c${k}`}::text as who`;
        if (row?.v !== i + k || row?.who !== `c${k}`) wrong.push(JSON.stringify(row));
      }
    }),
  );
  expect(wrong).toEqual([]);
  await Promise.all(clients.map((client) => client.end()));
}, 60_000);
