import {replayReviews} from '../anki/fsrs-replay.js';
import type {AnkiReview} from '../db/revlog-rows.js';
import type {QuizContent} from '../quiz/content.js';
import {serializeQuizContent, validateQuizContent} from '../quiz/parse-content.js';
import {formatQuizText} from '../quiz/text-form.js';
import type {DemoAtom} from './content/demo-types.js';
import {cleanDemoCard} from './demo-cleaning.js';
import type {DemoHierarchy} from './demo-hierarchy.js';
import {randomUuid} from './seeded-random.js';

const dayMs = 86_400_000;
/** The demo counts UTC days, so it is the same on every machine. */
const DEMO_DAY = {timeZone: 'UTC', startsAtHour: 0};

/** A demo atom row: the columns of learning_atoms, camelCase (db/demo-rows.ts maps them). */
export type AtomRow = Record<string, unknown> & {
  id: string;
  atomType: string;
  front: string;
  back: string | null;
  content: unknown;
  conceptId: string;
  moduleId: string | null;
};

const typeCodes: Record<DemoAtom['type'], string> = {
  flashcard: 'DEC',
  cloze: 'CLZ',
  mcq: 'MCQ',
  true_false: 'TF',
  matching: 'MAT',
  parsons: 'PAR',
};

function quizContent(atom: DemoAtom): QuizContent | null {
  if (atom.type === 'flashcard' || atom.type === 'cloze') return null;
  const {front: _front, ...body} = atom;
  const parsed = validateQuizContent(atom.type, body);
  if (!parsed.ok) throw new Error(`demo content is invalid (${atom.front}): ${parsed.error}`);
  return parsed.content;
}

// A plausible review history: the first review on the day the week's module was studied, then
// reviews spaced out, mostly Good with some Again/Hard/Easy.
function simulateReviews(studiedAt: Date, now: Date, random: () => number): AnkiReview[] {
  const reviews: AnkiReview[] = [];
  let at = studiedAt.getTime();
  let gap = 1;
  while (at < now.getTime() && reviews.length < 14) {
    const roll = random();
    const ease = roll < 0.1 ? 1 : roll < 0.25 ? 2 : roll < 0.9 ? 3 : 4;
    reviews.push({
      reviewId: at,
      reviewedAt: new Date(at),
      usn: -1,
      ease,
      interval: gap,
      lastInterval: 0,
      factor: 2500,
      timeMs: Math.round(3000 + random() * 9000),
      type: reviews.length === 0 ? 0 : 1,
    });
    gap = ease === 1 ? 1 : Math.max(1, Math.round(gap * (1.8 + ease * 0.4)));
    at += gap * dayMs + Math.round(random() * 3_600_000);
  }
  return reviews;
}

/** Builds every demo atom row: cleaned and graded as `nls clean` would, quiz content parsed, Anki statistics on studied cards. */
export function buildDemoAtoms(
  hierarchy: DemoHierarchy,
  atomsByConcept: Map<string, DemoAtom[]>,
  options: {now: Date; startDate: Date; random: () => number},
): AtomRow[] {
  const {now, startDate, random} = options;
  const rows: AtomRow[] = [];
  let noteId = 1_700_000_000_000;
  const currentWeek = Math.floor((now.getTime() - startDate.getTime()) / (7 * dayMs)) + 1;
  for (const concept of hierarchy.concepts) {
    const module = hierarchy.modules.find((m) => m.weekOrder === concept.week);
    const atoms = atomsByConcept.get(concept.name) ?? [];
    atoms.forEach((atom, index) => {
      const content = quizContent(atom);
      const back = content ? formatQuizText(content) : 'back' in atom ? (atom.back ?? null) : null;
      const cleaned = cleanDemoCard({front: atom.front, back, atomType: atom.type});
      const row: AtomRow = {
        id: randomUuid(random),
        notionId: `demo-atom-${concept.notionId}-${index}`,
        cardId: `NET-W${String(concept.week).padStart(2, '0')}-${String(rows.length + 1).padStart(3, '0')}-${typeCodes[atom.type]}`,
        atomType: atom.type,
        front: cleaned.front,
        frontPlain: cleaned.frontPlain,
        back,
        content: content ? JSON.parse(serializeQuizContent(content)) : null,
        conceptId: concept.id,
        moduleId: module?.id ?? null,
        qualityScore: cleaned.qualityScore,
        isAtomic: cleaned.isAtomic,
        frontWordCount: cleaned.frontWordCount,
        backWordCount: cleaned.backWordCount,
        atomicityStatus: cleaned.atomicityStatus,
        needsReview: cleaned.needsReview,
        source: 'notion',
      };
      const studied =
        concept.week < currentWeek && (atom.type === 'flashcard' || atom.type === 'cloze');
      if (studied && !cleaned.needsReview && random() < 0.85) {
        const studiedAt = new Date(startDate.getTime() + (concept.week - 1) * 7 * dayMs);
        const replay = replayReviews(simulateReviews(studiedAt, now, random), {now, day: DEMO_DAY});
        if (replay) {
          const interval = Math.max(
            0,
            Math.round((replay.due.getTime() - replay.lastReviewAt.getTime()) / dayMs),
          );
          Object.assign(row, {
            ankiNoteId: noteId,
            ankiCardId: noteId + 1,
            ankiDeck: `NLS::${module ? String(module.name) : 'Unsorted'}`,
            ankiSyncedAt: new Date(now.getTime() - dayMs),
            ankiEaseFactor: Math.min(3, Math.max(1.3, 2.5 - replay.lapses * 0.2 + random() * 0.3)),
            ankiInterval: interval,
            ankiReviewCount: replay.reps,
            ankiLapses: replay.lapses,
            ankiStability: replay.stability,
            ankiDifficulty: replay.difficulty01,
            ankiQueue: replay.state === 'review' ? 2 : 1,
            ankiDueDate: replay.due.toISOString().slice(0, 10),
            ankiLastReviewAt: replay.lastReviewAt,
          });
          noteId += 2;
        }
      }
      rows.push(row);
    });
  }
  return rows;
}
