import {
  findScopeRows,
  findScopeRowsByPrefix,
  findSimilarScopeNames,
  type QuizScopeFilter,
  type QuizScopeKind,
} from '../../db/quiz-rows.js';
import type {Sql} from '../../db/sql-client.js';
import {UserError} from '../../errors.js';

/** Names that limit a quiz to part of the course (`nls quiz --concept/--module/--cluster`). */
export interface QuizScope {
  concept?: string;
  module?: string;
  cluster?: string;
}

/** A scope turned into ids, plus how to describe it to a person. */
export interface ResolvedQuizScope {
  filter: QuizScopeFilter;
  /** e.g. `concept "TCP handshake"`, or `the whole course`. */
  label: string;
}

const kinds = ['concept', 'module', 'cluster'] as const satisfies readonly QuizScopeKind[];
const filterKeys = {
  concept: 'conceptIds',
  module: 'moduleIds',
  cluster: 'clusterIds',
} as const satisfies Record<QuizScopeKind, keyof QuizScopeFilter>;

/** Exact name (any case), or else a prefix that only one name starts with (`Week 3`). */
async function findScopeRowsMatching(sql: Sql, kind: QuizScopeKind, name: string) {
  const exact = await findScopeRows(sql, kind, name);
  if (exact.length > 0) return exact;
  const byPrefix = await findScopeRowsByPrefix(sql, kind, name);
  if (new Set(byPrefix.map((row) => row.name)).size === 1) return byPrefix;
  // "Week 1" means "Week 1 — …", not "Week 10 — …": prefer a match that ends at a word.
  const atWord = byPrefix.filter(
    (row) => !/^[\p{L}\p{N}]/u.test(row.name.trim().slice(name.length)),
  );
  return new Set(atWord.map((row) => row.name)).size === 1 ? atWord : [];
}

/** Looks the names up (case-insensitive); an unknown name is a UserError naming close matches. */
export async function resolveQuizScope(sql: Sql, scope: QuizScope): Promise<ResolvedQuizScope> {
  const filter: QuizScopeFilter = {};
  const labels: string[] = [];
  for (const kind of kinds) {
    const name = scope[kind]?.trim();
    if (!name) continue;
    const rows = await findScopeRowsMatching(sql, kind, name);
    if (rows.length === 0) {
      const similar = await findSimilarScopeNames(sql, kind, name);
      throw new UserError(`No ${kind} is called "${name}".`, {
        hint:
          similar.length > 0
            ? `Did you mean: ${similar.map((other) => `"${other}"`).join(', ')}? (--${kind} "NAME")`
            : `Check the spelling; nls quiz without --${kind} quizzes the whole course.`,
      });
    }
    filter[filterKeys[kind]] = rows.map((row) => row.id);
    labels.push(`${kind} "${rows[0]!.name}"`);
  }
  return {filter, label: labels.length > 0 ? labels.join(' and ') : 'the whole course'};
}
