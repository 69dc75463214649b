import {findAtomTexts, insertCleaningLogs} from '../db/review-atom-rows.js';
import type {Sql} from '../db/sql-client.js';
import type {PagePropertyUpdates} from '../notion/client.js';
import {markdownToRichText} from '../notion/markdown-rich-text.js';
import type {WritebackReport} from './review-types.js';

/** The one Notion call write-back needs (NotionClient has it, rate-limited and retried). */
export interface NotionPageWriter {
  updatePageProperties(pageId: string, properties: PagePropertyUpdates): Promise<void>;
}

/** Notion property names of the flashcard front (title) and back (rich text). */
export interface FlashcardPropertyNames {
  front: string;
  back: string;
}

/** Settings for write-back; with `protectNotion` on, nothing is written. */
export interface WritebackOptions {
  protectNotion: boolean;
  notion: NotionPageWriter | undefined;
  properties: FlashcardPropertyNames;
}

/** Property names from `config.notion.properties.flashcards` (keys front/back), else defaults. */
export function flashcardPropertyNames(
  configured: Readonly<Record<string, string>> | undefined,
): FlashcardPropertyNames {
  return {front: configured?.front ?? 'Question', back: configured?.back ?? 'Answer'};
}

/** The page update that writes a card's front and back (Markdown back to annotated rich text). */
export function cardPropertyUpdate(
  names: FlashcardPropertyNames,
  front: string,
  back: string | null,
): PagePropertyUpdates {
  return {
    [names.front]: {title: markdownToRichText(front)},
    [names.back]: {rich_text: markdownToRichText(back ?? '')},
  } as PagePropertyUpdates;
}

/**
 * Writes the current text of Notion-sourced atoms to their pages and logs each result
 * (`notion_writeback`). Failures are reported, never thrown: the local change stands.
 */
export async function writeBackAtoms(
  sql: Sql,
  atomIds: readonly string[],
  options: WritebackOptions,
  context: {decisionId: string; now: Date},
): Promise<WritebackReport> {
  const atoms = (await findAtomTexts(sql, atomIds)).filter((a) => a.notionId !== null);
  const report: WritebackReport = {mode: 'none', written: 0, failed: []};
  if (atoms.length === 0) return report;
  if (options.protectNotion) return {...report, mode: 'local'};
  const logs = [];
  for (const atom of atoms) {
    const pageId = atom.notionId!;
    try {
      if (!options.notion) throw new Error('no Notion token is configured (set NOTION_TOKEN)');
      await options.notion.updatePageProperties(
        pageId,
        cardPropertyUpdate(options.properties, atom.front, atom.back),
      );
      report.written += 1;
      logs.push({atomId: atom.id, ok: true, pageId, message: null});
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      report.failed.push({atomId: atom.id, message});
      logs.push({atomId: atom.id, ok: false, pageId, message});
    }
  }
  await insertCleaningLogs(
    sql,
    logs.map((log) => ({
      atomId: log.atomId,
      operation: 'notion_writeback',
      oldValue: null,
      newValue: {
        ok: log.ok,
        page_id: log.pageId,
        decision_id: context.decisionId,
        ...(log.message ? {error: log.message} : {}),
      },
    })),
    context.now,
  );
  report.mode = report.failed.length > 0 ? 'failed' : 'written';
  return report;
}
