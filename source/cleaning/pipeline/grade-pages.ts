import {setImmediate as pause} from 'node:timers/promises';
import {
  type AtomCleaningUpdate,
  type CleaningAtomRow,
  type PageBounds,
  readCleaningAtomPage,
} from '../../db/cleaning-rows.js';
import type {Sql, TransactionSql} from '../../db/sql-client.js';
import type {CleaningThresholds} from '../thresholds.js';
import {type CleanedAtom, type GradeTally, gradePage} from './grade-step.js';

/** Options for {@link gradeInPages}. */
export interface GradePagesOptions {
  /** The pages to read (see readCleaningPageBounds). */
  readonly pages: readonly PageBounds[];
  readonly thresholds: CleaningThresholds;
  readonly dryRun: boolean;
  readonly tally: GradeTally;
  /** Receives each page's updates as soon as the page is graded. */
  readonly write: (updates: readonly AtomCleaningUpdate[]) => void;
  /** Called after each page with the number of atoms graded so far. */
  readonly onPage?: (graded: number) => void;
  /**
   * Pages asked for beyond the one being graded (default: all of them). On the writes' own
   * connection every read must go out before the first write, or it waits for the writes; on a
   * separate connection one page ahead keeps the database busy and fewer rows in memory.
   */
  readonly readAhead?: number;
}

// Atoms per page: large enough that each write statement is worth its overhead, small enough
// that the first write starts a fraction of a second into the run.
export const defaultPageSize = 10_000;

// Atoms graded between pauses: in a pause postgres.js takes in the pages that have arrived, so
// the database is never kept waiting for us to read them.
const gradeSlice = 2048;

/**
 * Reads, normalises and grades every live atom a page at a time and hands each page's updates
 * to `write` at once, so the database stores one page while the next is graded. Only the
 * compact {@link CleanedAtom} of each atom is kept. `reader` may be the writes' own connection
 * (embedded) or another one (a server; then set `readAhead`).
 */
export async function gradeInPages(
  reader: Sql | TransactionSql,
  options: GradePagesOptions,
): Promise<CleanedAtom[]> {
  const {pages} = options;
  const atoms: CleanedAtom[] = [];
  if (pages.length === 0) return atoms;
  // The first page is read alone, which prepares the statement: postgres.js pipelines only
  // statements it has prepared, and one it must prepare first holds up the others.
  const reads: Promise<CleaningAtomRow[]>[] = [
    Promise.resolve(await readCleaningAtomPage(reader, pages[0]!)),
  ];
  const requestUpTo = (last: number) => {
    while (reads.length <= Math.min(last, pages.length - 1)) {
      const query = readCleaningAtomPage(reader, pages[reads.length]!);
      // Attaching a handler sends the query now (postgres.js queries are lazy); awaited below.
      query.catch(() => {});
      reads.push(query);
    }
  };
  const ahead = options.readAhead ?? Number.POSITIVE_INFINITY;
  requestUpTo(ahead);
  for (let index = 0; index < reads.length; index++) {
    const rows = await reads[index]!;
    requestUpTo(index + 1 + ahead);
    // Dropped once graded, so only the compact atoms stay in memory.
    reads[index] = Promise.resolve([]);
    const updates: AtomCleaningUpdate[] = [];
    for (let start = 0; start < rows.length; start += gradeSlice) {
      if (start > 0) await pause();
      const slice = gradePage(rows.slice(start, start + gradeSlice), options.thresholds, options);
      for (const atom of slice.atoms) atoms.push(atom);
      for (const update of slice.updates) updates.push(update);
    }
    options.write(updates);
    options.onPage?.(atoms.length);
    await pause();
  }
  return atoms;
}
