import {gradeCard} from '../../cleaning/grade-card.js';
import {findAtomDetail, findCleaningHistory} from '../../db/concept-rows.js';
import type {Database} from '../../db/connection.js';
import {atomDetailLines, type DetailLine} from './atom-detail-lines.js';

/** The lines of one atom's detail view: the atom, its grade now and its cleaning history. */
export async function loadAtomDetail(db: Database, atomId: string): Promise<DetailLine[]> {
  const atom = await findAtomDetail(db.sql, atomId);
  if (!atom) return [{text: 'This atom no longer exists.', tone: 'warning'}];
  const history = await findCleaningHistory(db.sql, atomId);
  const report = gradeCard({front: atom.front, back: atom.back, atomType: atom.atomType});
  return atomDetailLines(atom, report, history);
}
