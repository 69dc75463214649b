// The socket server of the embedded database, as CommonJS source for the worker (see
// embedded-worker-code.ts). PGlite is one PostgreSQL session; this lets several connections (this
// process's and those of nls processes that join it) take turns on it.
//
// Why not pglite-socket's server: it queues single protocol messages, so one connection's Parse,
// Bind and Execute can be split by another connection's messages, and a query then runs the other
// connection's unnamed portal. Measured with a sync joined to a reading holder: reads failed with
// `portal "" does not exist`. Here a connection owns the session from its first message until
// PostgreSQL reports it idle outside any transaction (ReadyForQuery with status I) after a
// message that ends a unit (Sync, Query, FunctionCall, CopyDone, CopyFail, the startup); the next
// waiting connection then gets its turn. So a transaction runs alone, start to end, and other
// connections' queries wait for its commit.
export const sessionServerCode = `
const net = require('node:net');
const unitEnds = new Set([0, 0x53, 0x51, 0x46, 0x63, 0x66]);
const sslRequest = 80877103;
const gssRequest = 80877104;
const cancelRequest = 80877102;
const syncMessage = new Uint8Array([0x53, 0, 0, 0, 4]);

function errorResponse(code, text) {
  const fields = Buffer.from('SFATAL\\0VFATAL\\0C' + code + '\\0M' + text + '\\0\\0');
  const head = Buffer.alloc(5);
  head[0] = 0x45;
  head.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([head, fields]);
}

function serveSession(db, socketPath, maxConnections) {
  const connections = new Set();
  const waiting = [];
  let owner = null;
  let pumping = false;
  let stopping = false;

  const enqueue = (conn) => {
    if (conn !== owner && !waiting.includes(conn)) waiting.push(conn);
  };

  function split(conn) {
    for (;;) {
      const b = conn.buffer;
      if (!conn.started) {
        if (b.length < 8) break;
        const length = b.readInt32BE(0);
        const code = b.readInt32BE(4);
        if (length === 8 && (code === sslRequest || code === gssRequest)) {
          conn.buffer = b.subarray(8);
          conn.socket.write('N');
          continue;
        }
        if (code === cancelRequest) {
          conn.socket.destroy();
          return;
        }
        if (b.length < length) break;
        conn.pending.push({type: 0, bytes: new Uint8Array(b.subarray(0, length))});
        conn.buffer = b.subarray(length);
        conn.started = true;
      } else {
        if (b.length < 5) break;
        const length = 1 + b.readInt32BE(1);
        if (b.length < length) break;
        conn.pending.push({type: b[0], bytes: new Uint8Array(b.subarray(0, length))});
        conn.buffer = b.subarray(length);
      }
    }
    if (conn.pending.length > 0) enqueue(conn);
    pump();
  }

  // Runs one message for its connection; true when the session is idle again, outside any
  // transaction, after a message that ends a unit.
  async function run(conn, message) {
    let tail = Buffer.alloc(0);
    await db.runExclusive(() =>
      db.execProtocolRawStream(message.bytes, {
        onRawData: (data) => {
          if (!conn.closed && data.length > 0) conn.socket.write(Buffer.from(data));
          const last = Buffer.from(data.subarray(Math.max(0, data.length - 6)));
          tail = Buffer.concat([tail, last]).subarray(-6);
        },
      }),
    );
    return unitEnds.has(message.type) && tail.length === 6 && tail[0] === 0x5a &&
      tail.readInt32BE(1) === 5 && tail[5] === 0x49;
  }

  // A connection that went away in the middle of its unit: end the unit, undo its transaction.
  async function abandon() {
    await db.runExclusive(() => db.execProtocolRawStream(syncMessage, {onRawData() {}}));
    if (db.isInTransaction()) await db.exec('ROLLBACK');
  }

  async function pump() {
    if (pumping) return;
    pumping = true;
    try {
      while (!stopping) {
        if (owner && owner.closed) {
          owner = null;
          await abandon();
          continue;
        }
        const conn = owner ?? waiting.shift();
        if (!conn) break;
        if (conn.closed) continue;
        const message = conn.pending.shift();
        if (!message) {
          // The owner is between messages of its unit: wait for the rest of them.
          if (conn === owner) break;
          continue;
        }
        owner = conn;
        if (message.type === 0x58) {
          conn.socket.end();
          conn.closed = true;
          continue;
        }
        try {
          if (await run(conn, message)) {
            owner = null;
            if (conn.pending.length > 0) waiting.push(conn);
          }
        } catch (error) {
          conn.closed = true;
          conn.socket.destroy();
        }
      }
    } finally {
      pumping = false;
    }
  }

  const server = net.createServer((socket) => {
    if (stopping || connections.size >= maxConnections) {
      socket.end(errorResponse('53300', 'too many nls processes share this embedded database'));
      return;
    }
    const conn = {socket, buffer: Buffer.alloc(0), pending: [], started: false, closed: false};
    connections.add(conn);
    socket.on('data', (data) => {
      conn.buffer = conn.buffer.length === 0 ? data : Buffer.concat([conn.buffer, data]);
      split(conn);
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      conn.closed = true;
      conn.pending = [];
      connections.delete(conn);
      pump();
    });
  });

  return {
    start: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(socketPath, resolve);
      }),
    // Closes every connection (an open transaction is rolled back) and waits for the turn in
    // progress, so the database can close after it.
    async stop() {
      for (const conn of connections) conn.socket.destroy();
      await new Promise((resolve) => server.close(resolve));
      while (pumping) await new Promise((resolve) => setTimeout(resolve, 5));
      if (owner) {
        owner = null;
        await abandon();
      }
      stopping = true;
    },
  };
}
`;
