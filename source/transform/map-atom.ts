import {isAtomType, isQuizAtomType} from '../atom-types.js';
import type {PropertyNames} from '../notion/property-names.js';
import {syncHash} from '../notion/sync-hash.js';
import {parseQuizContent} from '../quiz/parse-content.js';
import {markdownToPlain} from '../text/markdown-plain.js';
import {PageReader} from './page-reader.js';

/** A flashcard page read into atom fields, before card ids and local rewrites are settled. */
export interface AtomDraft {
  notionId: string;
  /** The CardID property, or null when blank. */
  wantedCardId: string | null;
  atomType: string;
  front: string;
  /** The Answer as card Markdown (quiz structure included). */
  back: string | null;
  content: unknown;
  /** Why the quiz structure could not be parsed, or null. */
  parseError: string | null;
  /** Hash of the Notion-derived content (type, front, back). */
  sourceHash: string;
  /**
   * The hash the same page had before cards held Markdown (of its plain text), or null when
   * the page has no formatting (then it is `sourceHash`).
   */
  plainSourceHash: string | null;
  conceptNotionId: string | null;
  moduleNotionId: string | null;
  /** False for a page that cannot become an atom (no question). */
  usable: boolean;
  issues: string[];
}

/** The stable card id of a page without a usable CardID. */
export function derivedCardId(pageId: string): string {
  return `notion-${pageId.replace(/-/g, '').toLowerCase()}`;
}

function atomType(reader: PageReader, property: string): string {
  const raw = reader.select(property);
  const word = raw?.toLowerCase().replace(/[\s/-]+/g, '_') ?? null;
  if (word !== null && isAtomType(word)) return word;
  reader.issues.push(
    raw === null
      ? 'no Type: imported as flashcard'
      : `unknown Type "${raw}": imported as flashcard`,
  );
  return 'flashcard';
}

// Option and line texts keep their inline Markdown. JSON is not Markdown, though, and an escape
// added to a plain answer (`a\*b`) is not valid inside a JSON string; whatever the Markdown form
// cannot give is read from the plain text, as it was before cards held Markdown.
function parseQuiz(type: string, back: string) {
  const plain = markdownToPlain(back);
  if (plain === back || back.trimStart().startsWith('{')) return parseQuizContent(type, plain);
  const parsed = parseQuizContent(type, back);
  return parsed.ok ? parsed : parseQuizContent(type, plain);
}

function plainSourceHash(type: string, front: string, back: string | null): string | null {
  const plainFront = markdownToPlain(front);
  const plainBack = back === null ? null : markdownToPlain(back);
  if (plainFront === front && plainBack === back) return null;
  return syncHash({atom_type: type, front: plainFront, back: plainBack});
}

/** A flashcard page → an atom draft (never throws; problems land in `issues`). */
export function mapAtom(
  page: {id: string; properties: Record<string, unknown>},
  names: PropertyNames<'flashcards'>,
): AtomDraft {
  const r = new PageReader(page);
  const front = r.markdownTitle(names.front);
  const back = r.markdown(names.back);
  const type = atomType(r, names.atomType);
  if (front === '') r.issues.push('missing question (title): not imported');
  if (back === null && type !== 'cloze') r.issues.push('blank answer');
  let content: unknown = null;
  let parseError: string | null = null;
  if (isQuizAtomType(type)) {
    const parsed = parseQuiz(type, back ?? '');
    if (parsed.ok) content = parsed.content;
    else {
      parseError = parsed.error;
      r.issues.push(`unparseable ${type} answer: ${parsed.error}`);
    }
  }
  return {
    notionId: page.id,
    wantedCardId: r.text(names.cardId),
    atomType: type,
    front,
    back,
    content,
    parseError,
    // The hashed object's keys are part of the stored hash: they stay as they always were.
    sourceHash: syncHash({atom_type: type, front, back}),
    plainSourceHash: plainSourceHash(type, front, back),
    conceptNotionId: r.relation(names.concept),
    moduleNotionId: r.relation(names.module),
    usable: front !== '',
    issues: r.issues,
  };
}
