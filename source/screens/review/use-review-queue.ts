import {type Dispatch, useEffect, useMemo, useReducer, useRef, useState} from 'react';
import {findAtomDetail} from '../../db/concept-rows.js';
import {configuredReviewService} from '../../review/configured-review-service.js';
import type {ReviewService} from '../../review/review-service.js';
import {useServices} from '../app/services-context.js';
import {useShell} from '../app/shell-context.js';
import {
  initialReviewState,
  itemAt,
  PAGE_SIZE,
  pagesToLoad,
  type ReviewAction,
  type ReviewState,
  reviewReducer,
} from './review-state.js';

/** What the detail pane knows about the original atom beyond the queue row. */
export interface AtomContext {
  atomType: string;
  conceptName: string | null;
  moduleName: string | null;
}

/** The loaded queue: state, dispatch, the service, and the selected item's atom context. */
export interface ReviewQueue {
  state: ReviewState;
  dispatch: Dispatch<ReviewAction>;
  service: ReviewService | null;
  context: AtomContext | null;
  protectNotion: boolean;
}

// The atom context is looked up once the selection rests, so holding `j` stays smooth.
const contextDelayMs = 60;

/**
 * Pages through the review service around the selection (never the whole queue), reloads the
 * counts after every change, and looks up the selected item's concept and card type.
 */
export function useReviewQueue(windowRows: number): ReviewQueue {
  const {db, config, now} = useServices();
  const shell = useShell();
  const [state, dispatch] = useReducer(reviewReducer, undefined, () => initialReviewState());
  const service = useMemo(
    () => (db ? configuredReviewService(db, config, now) : null),
    [db, config, now],
  );
  const inFlight = useRef(new Set<string>());

  const {generation, filter, selected, total} = state;
  const wanted = pagesToLoad(state, selected - windowRows, selected + windowRows);
  const wantedKey = total === null && wanted.length === 0 ? '0' : wanted.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: wantedKey stands for `wanted`
  useEffect(() => {
    if (!service) return;
    const pages = total === null && wanted.length === 0 ? [0] : wanted;
    for (const page of pages) {
      const tag = `${generation}:${page}`;
      if (inFlight.current.has(tag)) continue;
      inFlight.current.add(tag);
      service
        .list({
          status: filter.status,
          ...(filter.source ? {source: filter.source} : {}),
          ...(filter.batchId ? {batchId: filter.batchId} : {}),
          limit: PAGE_SIZE,
          offset: page * PAGE_SIZE,
        })
        .then(
          (result) =>
            dispatch({
              type: 'page-loaded',
              generation,
              page,
              items: result.items,
              total: result.total,
            }),
          (error: unknown) => shell.reportError(error),
        )
        .finally(() => inFlight.current.delete(tag));
    }
  }, [service, generation, filter, wantedKey]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation means new counts
  useEffect(() => {
    if (!service) return;
    service.counts().then(
      (counts) => dispatch({type: 'counts', counts}),
      (error: unknown) => shell.reportError(error),
    );
  }, [service, generation]);

  const atomId = itemAt(state, selected)?.original?.atomId ?? null;
  const context = useAtomContext(atomId);

  return {
    state,
    dispatch,
    service,
    context,
    protectNotion: config.protectNotion,
  };
}

/** The selected item's atom context (concept, module, card type), looked up once it rests. */
function useAtomContext(atomId: string | null): AtomContext | null {
  const {db} = useServices();
  const shell = useShell();
  const [contexts, setContexts] = useState<ReadonlyMap<string, AtomContext>>(new Map());
  useEffect(() => {
    if (!db || atomId === null || contexts.has(atomId)) return;
    const timer = setTimeout(() => {
      findAtomDetail(db.sql, atomId).then(
        (row) =>
          setContexts((previous) =>
            new Map(previous).set(atomId, {
              atomType: row?.atomType ?? 'flashcard',
              conceptName: row?.conceptName ?? null,
              moduleName: row?.moduleName ?? null,
            }),
          ),
        (error: unknown) => shell.reportError(error),
      );
    }, contextDelayMs);
    return () => clearTimeout(timer);
  }, [db, atomId, contexts, shell]);
  return atomId === null ? null : (contexts.get(atomId) ?? null);
}
