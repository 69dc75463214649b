import {useEffect, useState} from 'react';
import {useServices} from '../app/services-context.js';
import type {DetailLine} from './atom-detail-lines.js';
import {loadAtomDetail} from './load-atom-detail.js';

/** An atom's detail as loaded so far: its lines, or the error that stopped the load. */
export interface AtomDetailLoad {
  /** Null while loading (and while no atom is open). */
  lines: readonly DetailLine[] | null;
  error: unknown;
}

interface Loaded {
  atomId: string;
  lines?: DetailLine[];
  error?: unknown;
}

/**
 * Loads the detail of the open atom (none: `atomId` null). Every opening starts from a
 * spinner: what was loaded for an earlier opening is never shown.
 */
export function useAtomDetail(atomId: string | null): AtomDetailLoad {
  const {db} = useServices();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!db || atomId === null) return;
    let isCurrent = true;
    loadAtomDetail(db, atomId).then(
      (lines) => {
        if (isCurrent) setLoaded({atomId, lines});
      },
      (error: unknown) => {
        if (isCurrent) setLoaded({atomId, error});
      },
    );
    return () => {
      isCurrent = false;
      setLoaded(null);
    };
  }, [db, atomId]);
  const current = loaded?.atomId === atomId ? loaded : null;
  return {lines: current?.lines ?? null, error: current?.error ?? null};
}
