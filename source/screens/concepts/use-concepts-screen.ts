import {useEffect, useMemo, useRef, useState} from 'react';
import {editLine, type LineState} from '../../components/line-editor.js';
import {flattenTree, type TreeRowData} from '../../components/tree-rows.js';
import {type ConceptAtomRow, findConceptAtoms} from '../../db/concept-rows.js';
import {SCOPE_STACKS, type Scope} from '../../keymap/keymap.js';
import {type KeymapHandlers, useKeymap} from '../../keymap/use-keymap.js';
import {useServices} from '../app/services-context.js';
import {type ScreenBindings, useScreenBindings, useShell} from '../app/shell-context.js';
import {type DbLoad, useDbLoad} from '../app/use-db-load.js';
import {
  ancestorsOf,
  branchIds,
  buildConceptTree,
  type ConceptHierarchy,
  type ConceptNodeData,
  filterConceptTree,
} from './concept-tree.js';
import {loadConceptTree} from './load-concept-tree.js';

// While the filter is typed, the palette's keys apply it (enter) or clear it (esc).
const filterScopes: readonly Scope[] = ['palette'];
const detailScopes: readonly Scope[] = ['atom', 'list', 'global'];

/** What the Concepts screen draws. */
export interface ConceptsScreenState {
  hierarchy: DbLoad<ConceptHierarchy>;
  rows: TreeRowData<ConceptNodeData>[];
  selected: number;
  filter: LineState;
  isFiltering: boolean;
  detailAtomId: string | null;
  detailOffset: number;
  isReady: boolean;
}

/** Concepts screen state: the tree, expansion, selection, filter and the atom detail view. */
export function useConceptsScreen(isActive: boolean, pageSize: number): ConceptsScreenState {
  const {db, now, config} = useServices();
  const shell = useShell();
  const hierarchy = useDbLoad((database) => loadConceptTree(database, now(), config.anki.day), 0);
  const [atoms, setAtoms] = useState<ReadonlyMap<string, readonly ConceptAtomRow[]>>(new Map());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [, setSelected] = useState(0);
  const [filter, setFilter] = useState<LineState>({value: '', cursor: 0});
  const [isFiltering, setFiltering] = useState(false);
  const [detailAtomId, setDetailAtomId] = useState<string | null>(null);
  const [detailOffset, setDetailOffset] = useState(0);

  const tree = useMemo(
    () => (hierarchy.data ? buildConceptTree(hierarchy.data, atoms) : []),
    [hierarchy.data, atoms],
  );
  const filtered = useMemo(() => filterConceptTree(tree, filter.value), [tree, filter.value]);
  const rows = useMemo(() => {
    const open = filtered.expand.size === 0 ? expanded : new Set([...expanded, ...filtered.expand]);
    return flattenTree(filtered.roots, open);
  }, [filtered, expanded]);
  // Key presses can arrive faster than renders: the ref always holds the latest selection.
  const selection = useRef(0);
  selection.current = Math.min(selection.current, Math.max(0, rows.length - 1));
  // Read at key time, not render time, for the same reason.
  const currentRow = () => rows[selection.current];
  const move = (to: number) => {
    selection.current = Math.max(0, Math.min(rows.length - 1, to));
    setSelected(selection.current);
  };
  const by = (step: number) => move(selection.current + step);

  const loadAtoms = (conceptId: string) => {
    if (!db || atoms.has(conceptId)) return;
    findConceptAtoms(db.sql, conceptId).then(
      (list) => setAtoms((previous) => new Map(previous).set(conceptId, list)),
      (error: unknown) => shell.reportError(error),
    );
  };
  const expand = (row: TreeRowData<ConceptNodeData>) => {
    setExpanded((previous) => new Set(previous).add(row.node.id));
    if (row.node.data?.kind === 'concept') loadAtoms(row.node.data.concept.id);
  };
  const collapse = (id: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      next.delete(id);
      return next;
    });
  const openDetail = (row: TreeRowData<ConceptNodeData> | undefined) => {
    if (row?.node.data?.kind !== 'atom') return false;
    setDetailAtomId(row.node.data.atom.id);
    setDetailOffset(0);
    return true;
  };
  const toggle = (row: TreeRowData<ConceptNodeData> | undefined) => {
    if (!row || openDetail(row) || !row.hasChildren) return;
    if (row.isExpanded) collapse(row.node.id);
    else expand(row);
  };

  // A concept chosen in the command palette: reveal and select it.
  const {request} = shell;
  useEffect(() => {
    if (request?.kind !== 'open-concept' || !isActive || tree.length === 0) return;
    shell.consumeRequest(request.seq);
    const id = `concept:${request.conceptId}`;
    const path = ancestorsOf(tree, id) ?? [];
    const open = new Set([...expanded, ...path]);
    setFilter({value: '', cursor: 0});
    setDetailAtomId(null);
    setExpanded(open);
    const index = flattenTree(tree, open).findIndex((row) => row.node.id === id);
    selection.current = Math.max(0, index);
    setSelected(selection.current);
  });

  const mode = detailAtomId ? 'detail' : isFiltering ? 'filter' : 'tree';
  const treeHandlers: KeymapHandlers = {
    'list.down': () => by(1),
    'list.up': () => by(-1),
    'list.top': () => move(0),
    'list.bottom': () => move(rows.length - 1),
    'list.page-down': () => by(pageSize),
    'list.page-up': () => by(-pageSize),
    'list.filter': () => setFiltering(true),
    'tree.expand': () => {
      const current = currentRow();
      if (!current || openDetail(current)) return;
      if (current.hasChildren && !current.isExpanded) expand(current);
      else if (current.isExpanded) by(1);
    },
    'tree.collapse': () => {
      const current = currentRow();
      if (!current) return;
      if (current.isExpanded) return collapse(current.node.id);
      const parent = rows.findIndex((row) => row.node.id === current.parentId);
      if (parent >= 0) move(parent);
    },
    'tree.detail': () => toggle(currentRow()),
    'concepts.expand-all': () =>
      setExpanded((previous) => new Set([...previous, ...branchIds(tree)])),
    'concepts.collapse-all': () => {
      setExpanded(new Set());
      move(0);
    },
    'concepts.study': () => shell.goTo('quiz'),
  };
  const filterHandlers: KeymapHandlers = {
    'palette.run': () => setFiltering(false),
    'palette.close': () => {
      setFilter({value: '', cursor: 0});
      setFiltering(false);
    },
    'palette.down': () => by(1),
    'palette.up': () => by(-1),
  };
  const detailHandlers: KeymapHandlers = {
    'list.down': () => setDetailOffset((offset) => offset + 1),
    'list.up': () => setDetailOffset((offset) => Math.max(0, offset - 1)),
    'list.page-down': () => setDetailOffset((offset) => offset + pageSize),
    'list.page-up': () => setDetailOffset((offset) => Math.max(0, offset - pageSize)),
    'list.top': () => setDetailOffset(0),
    'atom.study': () => shell.goTo('quiz'),
    'atom.open-notion': () => shell.notify('Open the card in Notion from its source page.'),
  };
  // One hook for every mode: switching modes needs no re-subscription, so no key is lost.
  useKeymap(
    mode === 'detail' ? detailHandlers : mode === 'filter' ? filterHandlers : treeHandlers,
    {
      scopes:
        mode === 'detail' ? detailScopes : mode === 'filter' ? filterScopes : SCOPE_STACKS.concepts,
      isActive,
      onUnmatched: (input, key) => {
        if (mode !== 'filter') return;
        setFilter((state) => editLine(state, input, key));
        move(0);
      },
    },
  );

  const bindings: ScreenBindings =
    mode === 'detail'
      ? {
          scopes: SCOPE_STACKS.atom,
          onBack: () => {
            setDetailAtomId(null);
            return true;
          },
        }
      : mode === 'filter'
        ? {scopes: filterScopes, isModal: true}
        : {
            scopes: SCOPE_STACKS.concepts,
            onBack: () => {
              if (filter.value === '') return false;
              setFilter({value: '', cursor: 0});
              return true;
            },
          };
  useScreenBindings('concepts', bindings, isActive);
  return {
    hierarchy,
    rows,
    selected: selection.current,
    filter,
    isFiltering,
    detailAtomId,
    detailOffset,
    isReady: db !== null,
  };
}
