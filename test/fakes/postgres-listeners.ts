import net from 'node:net';

/** A TCP listener on 127.0.0.1 for connection tests; `url(...)` points DATABASE_URL at it. */
export interface Listener {
  port: number;
  url(auth?: string): string;
  close(): Promise<void>;
}

function listen(onSocket: (socket: net.Socket) => void): Promise<Listener> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    onSocket(socket);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      resolve({
        port,
        url: (auth = 'nls') => `postgres://${auth}@127.0.0.1:${port}/nls`,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Accepts connections and never says a word (a host that is not PostgreSQL, or is stuck). */
export const startSilentListener = () => listen(() => {});

function message(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), length, body]);
}

/**
 * Speaks just enough of the PostgreSQL protocol to refuse a login as a real server does with a
 * wrong password: it asks for the password (AuthenticationCleartextPassword), then answers with
 * FATAL 28P01 "password authentication failed". Refuses SSL first, as a server without it does.
 */
export const startPasswordRefuser = () =>
  listen((socket) => {
    let asked = false;
    socket.on('data', (chunk) => {
      const code = chunk.length >= 8 ? chunk.readInt32BE(4) : 0;
      if (code === 80877103) {
        socket.write('N'); // SSLRequest: no SSL here
      } else if (!asked) {
        asked = true;
        const ask = Buffer.alloc(4);
        ask.writeInt32BE(3);
        socket.write(message('R', ask));
      } else {
        const fields = [
          'SFATAL',
          'VFATAL',
          'C28P01',
          'Mpassword authentication failed for user "nls"',
        ];
        socket.end(message('E', Buffer.from(`${fields.join('\0')}\0\0`)));
      }
    });
  });
