import {useState} from 'react';
import type {Database} from '../../db/connection.js';
import {findCramAtoms} from '../../db/cram-rows.js';
import {useKeymap} from '../../keymap/use-keymap.js';
import {type CramItem, shuffleCram} from '../../quiz/cram/cram-session.js';
import {type QuizScope, resolveQuizScope} from '../../quiz/service/quiz-scope.js';
import {useServices} from '../app/services-context.js';

async function loadCram(db: Database, scope: QuizScope, count: number, random: () => number) {
  const resolved = await resolveQuizScope(db.sql, scope);
  return shuffleCram(await findCramAtoms(db.sql, resolved.filter), count, random);
}

/** The quiz screen's cram key: loads any atoms of the quiz's scope into cram mode (reads only). */
export function useCramSwitch(options: {isActive: boolean; scope: QuizScope; count?: number}) {
  const {db, random} = useServices();
  const [items, setItems] = useState<CramItem[] | null>(null);
  useKeymap(
    {
      'quiz.cram': () => {
        if (!db) return;
        loadCram(db, options.scope, options.count ?? 20, random).then(setItems, () => setItems([]));
      },
    },
    {scopes: ['quiz'], isActive: options.isActive && items === null},
  );
  return {items, leave: () => setItems(null)};
}
