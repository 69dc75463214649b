import type {Grade} from '../../cleaning/grade-card.js';
import type {ConceptNodeData} from './concept-tree.js';

/** The grade of a stored quality score (A ≥ .90, B ≥ .75, C ≥ .60, D ≥ .40, else F). */
export function gradeOfScore(score: number | null): Grade | null {
  if (score === null || score === undefined) return null;
  if (score >= 0.9) return 'A';
  if (score >= 0.75) return 'B';
  if (score >= 0.6) return 'C';
  if (score >= 0.4) return 'D';
  return 'F';
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const two = (value: number | null) => (value === null ? '–' : Number(value).toFixed(2));

/** The muted text after a tree row's label: counts, mastery, grade. */
export function nodeDetail(data: ConceptNodeData | undefined): string | undefined {
  if (!data || data.kind === 'loading') return undefined;
  if (data.kind === 'atom') {
    const {atom} = data;
    const parts = [gradeOfScore(atom.qualityScore) ?? 'ungraded'];
    if (atom.needsReview) parts.push('needs review');
    if (atom.inAnki) parts.push('in Anki');
    return parts.join(' · ');
  }
  if (data.kind === 'concept') {
    const {concept} = data;
    const atomic =
      concept.totalAtoms === 0 ? 0 : Math.round((concept.atomicCount / concept.totalAtoms) * 100);
    return [
      `${concept.totalAtoms} atoms`,
      `${atomic}% atomic`,
      `${concept.inAnkiCount} in Anki`,
      `ease ${two(concept.avgEase)}`,
      `dec ${two(concept.decScore)} proc ${two(concept.procScore)} app ${two(concept.appScore)}`,
      concept.status ?? 'to_learn',
      ...(concept.recall
        ? [
            `recall ${percent(concept.recall.now)} now, ${percent(concept.recall.exam)} on ${concept.recall.examDate}`,
          ]
        : []),
    ].join(' · ');
  }
  return `${data.concepts} concepts · ${data.atoms} atoms`;
}
