import {useEffect, useState} from 'react';
import type {Database} from '../../db/connection.js';
import {useServices} from './services-context.js';

/** The state of a database load. */
export interface DbLoad<T> {
  data: T | null;
  error: unknown;
  isLoading: boolean;
}

/**
 * Runs `load` once the database is open and again whenever `key` changes or a run (of any
 * process) starts or ends; errors are caught into state. A result that arrives after a newer
 * load started is dropped.
 */
export function useDbLoad<T>(load: (db: Database) => Promise<T>, key: unknown): DbLoad<T> {
  const {db, dataVersion} = useServices();
  const [state, setState] = useState<DbLoad<T>>({data: null, error: null, isLoading: true});
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for what `load` reads
  useEffect(() => {
    if (!db) return;
    let isCurrent = true;
    setState((previous) => ({...previous, isLoading: true}));
    load(db).then(
      (data) => {
        if (isCurrent) setState({data, error: null, isLoading: false});
      },
      (error: unknown) => {
        if (isCurrent) setState((previous) => ({...previous, error, isLoading: false}));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [db, key, dataVersion]);
  return state;
}
