import {useMemo, useState} from 'react';
import {type ConceptAtomRow, findConceptAtoms} from '../../db/concept-rows.js';
import {useServices} from '../app/services-context.js';
import {useShell} from '../app/shell-context.js';
import {type DbLoad, useDbLoad} from '../app/use-db-load.js';
import {buildConceptTree, type ConceptHierarchy, type ConceptNode} from './concept-tree.js';
import {loadConceptTree} from './load-concept-tree.js';

/** The concept tree as loaded so far. */
export interface ConceptData {
  hierarchy: DbLoad<ConceptHierarchy>;
  /** Areas → clusters → concepts, with the atoms of every concept loaded so far. */
  tree: ConceptNode[];
  /** Loads a concept's atoms (once): the tree then lists them. */
  loadAtoms: (conceptId: string) => void;
  isReady: boolean;
}

/** Loads the concept hierarchy once the database is open, and each concept's atoms on demand. */
export function useConceptData(): ConceptData {
  const {db, now, config} = useServices();
  const shell = useShell();
  const hierarchy = useDbLoad((database) => loadConceptTree(database, now(), config.anki.day), 0);
  const [atoms, setAtoms] = useState<ReadonlyMap<string, readonly ConceptAtomRow[]>>(new Map());
  const tree = useMemo(
    () => (hierarchy.data ? buildConceptTree(hierarchy.data, atoms) : []),
    [hierarchy.data, atoms],
  );
  const loadAtoms = (conceptId: string) => {
    if (!db || atoms.has(conceptId)) return;
    findConceptAtoms(db.sql, conceptId).then(
      (list) => setAtoms((previous) => new Map(previous).set(conceptId, list)),
      (error: unknown) => shell.reportError(error),
    );
  };
  return {hierarchy, tree, loadAtoms, isReady: db !== null};
}
