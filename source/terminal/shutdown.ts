// Ctrl-C and SIGTERM must close the database cleanly (release the data-directory lock, stop the
// embedded server) before the process exits; commands register what needs closing here.
const closers = new Set<() => Promise<void>>();
let installed = false;

/** Registers a closer to run on SIGINT/SIGTERM; returns a function that unregisters it. */
export function onShutdown(close: () => Promise<void>): () => void {
  closers.add(close);
  if (!installed) {
    installed = true;
    const handle = (signal: NodeJS.Signals) => {
      const code = signal === 'SIGINT' ? 130 : 143;
      const all = [...closers].map((fn) => fn().catch(() => {}));
      const timer = setTimeout(() => process.exit(code), 5000);
      void Promise.all(all).then(() => {
        clearTimeout(timer);
        process.exit(code);
      });
    };
    process.once('SIGINT', handle);
    process.once('SIGTERM', handle);
  }
  return () => closers.delete(close);
}
