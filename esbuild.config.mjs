// Bundles the CLI into build/bundle/ for start-up time: Node 20 has no compile cache, and loading
// Ink's few hundred small modules one by one costs about 0.4 s of every start. Dynamic imports
// stay separate chunks, so `nls --help` still loads neither Ink nor the database.
// PGlite stays external: its worker resolves the package (and its WASM files) at run time.
// The FSRS optimiser (@open-spaced-repetition/binding) is native: its loader picks the platform's
// `.node` file with require() at run time, which a bundle cannot carry.
import {build} from 'esbuild';

await build({
  entryPoints: ['source/cli.ts'],
  outdir: 'build/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: {'process.env.NODE_ENV': '"production"'},
  // Ink's optional React DevTools bridge is never used by nls.
  alias: {'react-devtools-core': './source/text/no-devtools.js'},
  external: ['@electric-sql/pglite', '@electric-sql/pglite/*', '@open-spaced-repetition/binding'],
  banner: {
    js: "import {createRequire as __nlsCreateRequire} from 'node:module'; const require = __nlsCreateRequire(import.meta.url);",
  },
});
