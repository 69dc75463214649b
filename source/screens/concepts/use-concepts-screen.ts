import {useEffect, useMemo, useRef, useState} from 'react';
import {editLine, type LineState} from '../../components/line-editor.js';
import {flattenTree, type TreeRowData} from '../../components/tree-rows.js';
import {useKeymap} from '../../keymap/use-keymap.js';
import {type ShellApi, useScreenBindings, useShell} from '../app/shell-context.js';
import type {DbLoad} from '../app/use-db-load.js';
import {
  ancestorsOf,
  branchIds,
  type ConceptHierarchy,
  type ConceptNode,
  type ConceptNodeData,
  filterConceptTree,
} from './concept-tree.js';
import {
  CONCEPTS_SCOPES,
  type ConceptsKeyDeps,
  conceptsBindings,
  conceptsKeyHandlers,
} from './concepts-key-handlers.js';
import {type AtomDetailLoad, useAtomDetail} from './use-atom-detail.js';
import {useConceptData} from './use-concept-data.js';

/** What the Concepts screen draws. */
export interface ConceptsScreenState {
  hierarchy: DbLoad<ConceptHierarchy>;
  rows: TreeRowData<ConceptNodeData>[];
  selected: number;
  filter: LineState;
  isFiltering: boolean;
  /** The open atom detail, or null while the tree is shown. */
  detail: (AtomDetailLoad & {offset: number}) | null;
  isReady: boolean;
}

const emptyLine: LineState = {value: '', cursor: 0};

/** Concepts screen state: the tree, expansion, selection, filter and the atom detail view. */
export function useConceptsScreen(isActive: boolean, pageSize: number): ConceptsScreenState {
  const shell = useShell();
  const {hierarchy, tree, loadAtoms, isReady} = useConceptData();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [, setSelected] = useState(0);
  const [filter, setFilter] = useState<LineState>(emptyLine);
  const [isFiltering, setFiltering] = useState(false);
  const [detail, setDetail] = useState<{atomId: string; offset: number} | null>(null);
  const detailLoad = useAtomDetail(detail?.atomId ?? null);
  const rows = useVisibleRows(tree, filter.value, expanded);
  // Key presses can arrive faster than renders: the ref always holds the latest selection.
  const selection = useRef(0);
  selection.current = Math.min(selection.current, Math.max(0, rows.length - 1));
  const move = (to: number) => {
    selection.current = Math.max(0, Math.min(rows.length - 1, to));
    setSelected(selection.current);
  };
  const deps: ConceptsKeyDeps = {
    rows,
    pageSize,
    selected: () => selection.current,
    move,
    expand: (row) => {
      setExpanded((previous) => new Set(previous).add(row.node.id));
      if (row.node.data?.kind === 'concept') loadAtoms(row.node.data.concept.id);
    },
    collapse: (id) => setExpanded((previous) => withoutId(previous, id)),
    expandAll: () => setExpanded((previous) => new Set([...previous, ...branchIds(tree)])),
    collapseAll: () => {
      setExpanded(new Set());
      move(0);
    },
    openDetail: (row) => {
      if (row.node.data?.kind !== 'atom') return false;
      setDetail({atomId: row.node.data.atom.id, offset: 0});
      return true;
    },
    setFiltering,
    clearFilter: () => setFilter(emptyLine),
    scrollDetail: (to) => setDetail((open) => open && {...open, offset: to(open.offset)}),
    closeDetail: () => setDetail(null),
    isFiltered: filter.value !== '',
    shell,
  };
  useOpenConceptRequest(shell, isActive, tree, expanded, (id, open) => {
    setFilter(emptyLine);
    setDetail(null);
    setExpanded(open);
    const index = flattenTree(tree, open).findIndex((row) => row.node.id === id);
    selection.current = Math.max(0, index);
    setSelected(selection.current);
  });

  const mode = detail ? 'detail' : isFiltering ? 'filter' : 'tree';
  // One hook for every mode: switching modes needs no re-subscription, so no key is lost.
  useKeymap(conceptsKeyHandlers(mode, deps), {
    scopes: CONCEPTS_SCOPES[mode],
    isActive,
    onUnmatched: (input, key) => {
      if (mode !== 'filter') return;
      setFilter((state) => editLine(state, input, key));
      move(0);
    },
  });
  useScreenBindings('concepts', conceptsBindings(mode, deps), isActive);
  const shownDetail = detail ? {...detailLoad, offset: detail.offset} : null;
  return {
    hierarchy,
    rows,
    selected: selection.current,
    filter,
    isFiltering,
    detail: shownDetail,
    isReady,
  };
}

const withoutId = (ids: ReadonlySet<string>, id: string) => {
  const next = new Set(ids);
  next.delete(id);
  return next;
};

// The rows on screen: the filtered tree, with every branch holding a match opened as well.
function useVisibleRows(
  tree: readonly ConceptNode[],
  query: string,
  expanded: ReadonlySet<string>,
) {
  const filtered = useMemo(() => filterConceptTree(tree, query), [tree, query]);
  return useMemo(() => {
    const open = filtered.expand.size === 0 ? expanded : new Set([...expanded, ...filtered.expand]);
    return flattenTree(filtered.roots, open);
  }, [filtered, expanded]);
}

// A concept chosen in the command palette: `reveal` gets its node id and the branches to open.
function useOpenConceptRequest(
  shell: ShellApi,
  isActive: boolean,
  tree: readonly ConceptNode[],
  expanded: ReadonlySet<string>,
  reveal: (nodeId: string, open: ReadonlySet<string>) => void,
) {
  const {request} = shell;
  useEffect(() => {
    if (request?.kind !== 'open-concept' || !isActive || tree.length === 0) return;
    shell.consumeRequest(request.seq);
    const id = `concept:${request.conceptId}`;
    const path = ancestorsOf(tree, id) ?? [];
    reveal(id, new Set([...expanded, ...path]));
  });
}
