import {useEffect, useState} from 'react';
import type {Database} from '../../db/connection.js';
import {runsSignature} from '../../db/sync-log.js';

// Often enough that a finished cron sync shows within a couple of seconds; one cheap query.
const pollMs = 2000;

/**
 * A number that goes up whenever a run starts or finishes in sync_log, whichever process ran it
 * (a cron `nls sync all` joined to this one, or one on the same server): screens reload on it.
 */
export function useRunsVersion(db: Database | null): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!db) return;
    let last: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    let isCurrent = true;
    const poll = () => {
      runsSignature(db.sql).then(
        (signature) => {
          if (!isCurrent) return;
          if (last !== undefined && signature !== last) setVersion((value) => value + 1);
          last = signature;
          timer = setTimeout(poll, pollMs);
        },
        () => {
          // A lost database is reported by the screens' own loads; stop asking.
        },
      );
    };
    poll();
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [db]);
  return version;
}
