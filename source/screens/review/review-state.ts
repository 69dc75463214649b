import {type EditKey, editLine, type LineState} from '../../components/line-editor.js';
import type {ReviewCounts, ReviewItem, ReviewStatus} from '../../review/review-types.js';

/** Items fetched per `list()` call; the list only ever holds the pages near the selection. */
export const PAGE_SIZE = 100;

/** What the list shows. */
export interface QueueFilter {
  source: string | null;
  status: ReviewStatus | 'all';
  batchId: string | null;
}

/** One loaded page, tagged with the list generation it belongs to. */
export interface LoadedPage {
  generation: number;
  items: readonly ReviewItem[];
}

/** Which input has the keys: the list, or one of the text inputs. */
export type ReviewMode =
  | {kind: 'list'}
  | {kind: 'edit'; key: string; fields: LineState[]; field: number}
  | {kind: 'note'; key: string; line: LineState}
  | {kind: 'reject'; ids: readonly string[]; groups: number; line: LineState}
  | {kind: 'filter'; line: LineState};

/** A decision of this session that `z` can take back. */
export interface SessionDecision {
  decisionId: string;
  /** Where the item was, so undo can put the selection back on it. */
  index: number;
  groups: number;
}

/** The Review screen's state. */
export interface ReviewState {
  filter: QueueFilter;
  /** Bumped whenever the queue changed: every page must be fetched again. */
  generation: number;
  pages: ReadonlyMap<number, LoadedPage>;
  /** Groups matching the filter, or null before the first page arrived. */
  total: number | null;
  selected: number;
  /** Marked items by key, with their queue ids. */
  marked: ReadonlyMap<string, readonly string[]>;
  mode: ReviewMode;
  counts: ReviewCounts | null;
  decided: number;
  history: readonly SessionDecision[];
}

/** Everything that changes the state. */
export type ReviewAction =
  | {type: 'page-loaded'; generation: number; page: number; items: ReviewItem[]; total: number}
  | {type: 'counts'; counts: ReviewCounts}
  | {type: 'move'; to: number}
  | {type: 'toggle-mark'; item: ReviewItem}
  | {type: 'set-filter'; filter: QueueFilter}
  | {type: 'cycle-source'}
  | {type: 'set-mode'; mode: ReviewMode}
  | {type: 'type'; input: string; key: EditKey}
  | {type: 'decided'; decision: SessionDecision; keys: readonly string[]}
  | {type: 'undone'; decisionId: string}
  | {type: 'noted'};

/** The state when the screen opens. */
export function initialReviewState(filter?: Partial<QueueFilter>): ReviewState {
  return {
    filter: {source: null, status: 'pending', batchId: null, ...filter},
    generation: 0,
    pages: new Map(),
    total: null,
    selected: 0,
    marked: new Map(),
    mode: {kind: 'list'},
    counts: null,
    decided: 0,
    history: [],
  };
}

const clampIndex = (index: number, total: number | null) =>
  Math.max(0, Math.min(index, Math.max(0, (total ?? 0) - 1)));

// A changed queue keeps the pages on screen (no flicker) but marks them for a refetch.
function invalidate(state: ReviewState): ReviewState {
  return {...state, generation: state.generation + 1};
}

/** The pure state transition of the Review screen. */
export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'page-loaded': {
      if (action.generation !== state.generation) return state;
      const pages = new Map(state.pages);
      // Pages of an older generation hold stale offsets once the total moved: drop them.
      if (action.total !== state.total) {
        for (const [index, page] of pages)
          if (page.generation !== state.generation) pages.delete(index);
      }
      pages.set(action.page, {generation: action.generation, items: action.items});
      return {
        ...state,
        pages,
        total: action.total,
        selected: clampIndex(state.selected, action.total),
      };
    }
    case 'counts':
      return {...state, counts: action.counts};
    case 'move':
      return {...state, selected: clampIndex(action.to, state.total)};
    case 'toggle-mark': {
      const marked = new Map(state.marked);
      if (marked.has(action.item.key)) marked.delete(action.item.key);
      else marked.set(action.item.key, action.item.ids);
      return {...state, marked};
    }
    case 'set-filter':
      return {
        ...invalidate(state),
        filter: action.filter,
        pages: new Map(),
        total: null,
        selected: 0,
        marked: new Map(),
        mode: {kind: 'list'},
      };
    case 'cycle-source':
      return reviewReducer(state, {
        type: 'set-filter',
        filter: {...state.filter, source: nextSource(state.filter.source)},
      });
    case 'set-mode':
      return {...state, mode: action.mode};
    case 'type':
      return {...state, mode: typeInto(state.mode, action.input, action.key)};
    case 'decided': {
      const marked = new Map(state.marked);
      for (const key of action.keys) marked.delete(key);
      return {
        ...invalidate(state),
        marked,
        mode: {kind: 'list'},
        decided: state.decided + action.decision.groups,
        history: [...state.history, action.decision],
      };
    }
    case 'undone': {
      const undone = state.history.find((entry) => entry.decisionId === action.decisionId);
      return {
        ...invalidate(state),
        selected: undone ? undone.index : state.selected,
        decided: Math.max(0, state.decided - (undone?.groups ?? 0)),
        history: state.history.filter((entry) => entry.decisionId !== action.decisionId),
      };
    }
    case 'noted':
      return {...invalidate(state), mode: {kind: 'list'}};
  }
}

/** One key press in the open input: edits its text, or (editor) moves between fields. */
export function typeInto(mode: ReviewMode, input: string, key: EditKey): ReviewMode {
  if (mode.kind === 'list') return mode;
  if (mode.kind !== 'edit') return {...mode, line: editLine(mode.line, input, key)};
  const step = key.tab || key.downArrow ? 1 : key.upArrow ? -1 : 0;
  const count = mode.fields.length;
  if (step !== 0) return {...mode, field: (mode.field + step + count) % count};
  const fields = [...mode.fields];
  fields[mode.field] = editLine(fields[mode.field]!, input, key);
  return {...mode, fields};
}

/** The item at a list index, if its page is loaded. */
export function itemAt(state: ReviewState, index: number): ReviewItem | undefined {
  return state.pages.get(Math.floor(index / PAGE_SIZE))?.items[index % PAGE_SIZE];
}

/** Pages that must be (re)fetched to draw rows `from`..`to` (inclusive). */
export function pagesToLoad(state: ReviewState, from: number, to: number): number[] {
  const last = state.total === null ? 0 : Math.max(0, state.total - 1);
  const first = Math.floor(Math.max(0, from) / PAGE_SIZE);
  const end = Math.floor(Math.min(Math.max(0, to), last) / PAGE_SIZE);
  const wanted: number[] = [];
  for (let page = first; page <= end; page++) {
    if (state.pages.get(page)?.generation !== state.generation) wanted.push(page);
  }
  return wanted;
}

/** The list rows for VirtualList: loaded items, undefined where a page is still on its way. */
export function listRows(
  pages: ReviewState['pages'],
  total: number | null,
): (ReviewItem | undefined)[] {
  const rows: (ReviewItem | undefined)[] = new Array(total ?? 0);
  for (const [index, page] of pages) {
    const start = index * PAGE_SIZE;
    for (let i = 0; i < page.items.length && start + i < rows.length; i++) {
      rows[start + i] = page.items[i];
    }
  }
  return rows;
}

const sourceCycle: readonly (string | null)[] = [null, 'gemini', 'vertex', 'duplicate_merge'];

/** The next source filter for `f`: all → gemini → duplicate_merge → all. */
export function nextSource(current: string | null): string | null {
  const index = sourceCycle.indexOf(current);
  return sourceCycle[(index + 1) % sourceCycle.length] ?? null;
}
