import {sessionServerCode} from './session-server-code.js';

// The embedded database runs in a worker thread so PGlite's WASM never blocks the Ink UI. The
// worker's code is a CommonJS string evaluated by the Worker: that way the same file works from
// the compiled build and from the TypeScript sources under vitest (a .ts worker file would not
// load in plain Node 20). Module paths are resolved by the main thread and passed in.
export const embeddedWorkerCode = `
const {parentPort, workerData} = require('node:worker_threads');
const {PGlite} = require(workerData.modules.pglite);
const {pg_trgm} = require(workerData.modules.pgTrgm);
${sessionServerCode}
(async () => {
  let db;
  let server;
  try {
    const options = {
      dataDir: workerData.dataDir,
      extensions: {pg_trgm},
      startParams: [...PGlite.defaultStartParams, ...workerData.settings.flatMap((s) => ['-c', s])],
    };
    if (workerData.loadDataDir) options.loadDataDir = new Blob([workerData.loadDataDir]);
    db = await PGlite.create(options);
    server = serveSession(db, workerData.socketPath, workerData.maxConnections);
    await server.start();
    parentPort.postMessage({type: 'ready'});
  } catch (error) {
    parentPort.postMessage({type: 'error', message: String(error && error.message || error)});
    return;
  }
  parentPort.on('message', async (message) => {
    try {
      if (message.type === 'dump') {
        const blob = await db.dumpDataDir('gzip');
        const buffer = new Uint8Array(await blob.arrayBuffer());
        parentPort.postMessage({type: 'dumped', id: message.id, data: buffer}, [buffer.buffer]);
      } else if (message.type === 'close') {
        await server.stop();
        await db.close();
        parentPort.postMessage({type: 'closed'});
      }
    } catch (error) {
      parentPort.postMessage({type: 'error', id: message.id, message: String(error && error.message || error)});
    }
  });
})();
`;
