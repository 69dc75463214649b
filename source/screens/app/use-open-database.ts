import {useEffect, useState} from 'react';
import type {Database} from '../../db/connection.js';

/**
 * The database: `initial` when the caller already opened it, otherwise what `open` gives once
 * the first frame is drawn, so start-up never waits for PGlite. A failure goes to `onError`
 * (keep it stable: a new one re-arms the opening).
 */
export function useOpenDatabase(
  initial: Database | null,
  open: (() => Promise<Database>) | undefined,
  onError: (failure: unknown) => void,
  onNotice: (notice: string) => void,
): Database | null {
  const [db, setDb] = useState<Database | null>(initial);
  useEffect(() => {
    if (db || !open) return;
    const timer = setTimeout(() => {
      open().then((opened) => {
        setDb(opened);
        // What opening did that the learner should hear about (an interrupted restore undone).
        if (opened.notice) onNotice(opened.notice);
      }, onError);
    }, 0);
    return () => clearTimeout(timer);
  }, [db, open, onError, onNotice]);
  return db;
}
