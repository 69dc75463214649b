import {readFile, writeFile} from 'node:fs/promises';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {bindingsTable} from './format.js';

/** The marker that opens the generated key table in the README. */
export const KEYMAP_START = '<!-- keymap:start -->';
/** The marker that closes the generated key table in the README. */
export const KEYMAP_END = '<!-- keymap:end -->';

/**
 * Returns `readme` with the text between the keymap markers replaced by `table`. Throws when the
 * markers are missing or out of order, since silently appending would duplicate the table.
 */
export function replaceKeymapSection(readme: string, table: string = bindingsTable()): string {
  const start = readme.indexOf(KEYMAP_START);
  const end = readme.indexOf(KEYMAP_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README needs ${KEYMAP_START} and ${KEYMAP_END} markers, in that order`);
  }
  const before = readme.slice(0, start + KEYMAP_START.length);
  const after = readme.slice(end);
  return `${before}\n\n${table.trimEnd()}\n\n${after}`;
}

/** Rewrites the README table; with `check`, only reports whether it is stale. */
async function main(args: readonly string[]): Promise<number> {
  const readmePath = fileURLToPath(new URL('../../README.md', import.meta.url));
  const readme = await readFile(readmePath, 'utf8');
  const next = replaceKeymapSection(readme);
  if (next === readme) return 0;
  if (args.includes('--check')) {
    process.stderr.write('README key table is stale: run npm run docs:keys\n');
    return 1;
  }
  await writeFile(readmePath, next);
  process.stdout.write('README key table updated\n');
  return 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  process.exitCode = await main(process.argv.slice(2));
}
