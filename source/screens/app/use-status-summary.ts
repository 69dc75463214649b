import {useEffect, useState} from 'react';
import type {Database} from '../../db/connection.js';
import {findStatusSummary, type StatusSummaryRow} from '../../db/dashboard-rows.js';

/** The status bar's figures, reloaded whenever `version` changes; null until loaded. */
export function useStatusSummary(db: Database | null, version: number): StatusSummaryRow | null {
  const [summary, setSummary] = useState<StatusSummaryRow | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the reload trigger
  useEffect(() => {
    if (!db) return;
    let isCurrent = true;
    findStatusSummary(db.sql).then(
      (row) => {
        if (isCurrent) setSummary(row);
      },
      () => {
        // The status bar is a convenience; screens report database errors themselves.
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [db, version]);
  return summary;
}
