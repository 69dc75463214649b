import type {TreeRowData} from '../../components/tree-rows.js';
import {SCOPE_STACKS, type Scope} from '../../keymap/keymap.js';
import type {KeymapHandlers} from '../../keymap/use-keymap.js';
import type {ScreenBindings, ShellApi} from '../app/shell-context.js';
import type {ConceptNodeData} from './concept-tree.js';

type Row = TreeRowData<ConceptNodeData>;

/** Which part of the Concepts screen has the keys. */
export type ConceptsMode = 'tree' | 'filter' | 'detail';

// While the filter is typed, the palette's keys apply it (enter) or clear it (esc).
const filterScopes: readonly Scope[] = ['palette'];
// The atom detail scrolls with the list keys (the stack the keymap checks remaps against).
const detailScopes: readonly Scope[] = SCOPE_STACKS['atom-detail'];

/** The key scopes of each mode. */
export const CONCEPTS_SCOPES: Record<ConceptsMode, readonly Scope[]> = {
  tree: SCOPE_STACKS.concepts,
  filter: filterScopes,
  detail: detailScopes,
};

/** What the Concepts screen's key handlers act through. */
export interface ConceptsKeyDeps {
  rows: readonly Row[];
  pageSize: number;
  /** The selected row's index now: keys can arrive faster than renders. */
  selected: () => number;
  move: (to: number) => void;
  /** Opens a branch (a concept's atoms load on first opening). */
  expand: (row: Row) => void;
  collapse: (id: string) => void;
  expandAll: () => void;
  collapseAll: () => void;
  /** Opens the detail of an atom row; false for any other row. */
  openDetail: (row: Row) => boolean;
  setFiltering: (isFiltering: boolean) => void;
  clearFilter: () => void;
  scrollDetail: (to: (offset: number) => number) => void;
  closeDetail: () => void;
  /** Whether a filter is applied (esc clears it before the shell goes back). */
  isFiltered: boolean;
  shell: Pick<ShellApi, 'goTo' | 'notify'>;
}

/** Maps the keymap actions of the tree to tree moves, expansion and the atom detail. */
export function conceptsTreeHandlers(deps: ConceptsKeyDeps): KeymapHandlers {
  const {rows, pageSize} = deps;
  const current = () => rows[deps.selected()];
  const by = (step: number) => () => deps.move(deps.selected() + step);
  return {
    'list.down': by(1),
    'list.up': by(-1),
    'list.top': () => deps.move(0),
    'list.bottom': () => deps.move(rows.length - 1),
    'list.page-down': by(pageSize),
    'list.page-up': by(-pageSize),
    'list.filter': () => deps.setFiltering(true),
    'tree.expand': () => {
      const row = current();
      if (!row || deps.openDetail(row)) return;
      if (row.hasChildren && !row.isExpanded) deps.expand(row);
      else if (row.isExpanded) by(1)();
    },
    'tree.collapse': () => {
      const row = current();
      if (!row) return;
      if (row.isExpanded) return deps.collapse(row.node.id);
      const parent = rows.findIndex((candidate) => candidate.node.id === row.parentId);
      if (parent >= 0) deps.move(parent);
    },
    'tree.detail': () => {
      const row = current();
      if (!row || deps.openDetail(row) || !row.hasChildren) return;
      if (row.isExpanded) deps.collapse(row.node.id);
      else deps.expand(row);
    },
    'concepts.expand-all': deps.expandAll,
    'concepts.collapse-all': deps.collapseAll,
    'concepts.study': () => deps.shell.goTo('quiz'),
  };
}

/** Maps the keymap actions while the filter is typed. */
export function conceptsFilterHandlers(deps: ConceptsKeyDeps): KeymapHandlers {
  return {
    'palette.run': () => deps.setFiltering(false),
    'palette.close': () => {
      deps.clearFilter();
      deps.setFiltering(false);
    },
    'palette.down': () => deps.move(deps.selected() + 1),
    'palette.up': () => deps.move(deps.selected() - 1),
  };
}

/** Maps the keymap actions of the atom detail: scrolling, study, Notion. */
export function atomDetailHandlers(deps: ConceptsKeyDeps): KeymapHandlers {
  const {pageSize, scrollDetail} = deps;
  return {
    'list.down': () => scrollDetail((offset) => offset + 1),
    'list.up': () => scrollDetail((offset) => Math.max(0, offset - 1)),
    'list.page-down': () => scrollDetail((offset) => offset + pageSize),
    'list.page-up': () => scrollDetail((offset) => Math.max(0, offset - pageSize)),
    'list.top': () => scrollDetail(() => 0),
    'atom.study': () => deps.shell.goTo('quiz'),
    'atom.open-notion': () => deps.shell.notify('Open the card in Notion from its source page.'),
  };
}

/** The handlers of a mode. */
export function conceptsKeyHandlers(mode: ConceptsMode, deps: ConceptsKeyDeps): KeymapHandlers {
  if (mode === 'detail') return atomDetailHandlers(deps);
  return mode === 'filter' ? conceptsFilterHandlers(deps) : conceptsTreeHandlers(deps);
}

/** What the screen tells the shell in a mode: its scopes and what `esc` closes. */
export function conceptsBindings(mode: ConceptsMode, deps: ConceptsKeyDeps): ScreenBindings {
  if (mode === 'detail') {
    return {
      scopes: SCOPE_STACKS.atom,
      onBack: () => {
        deps.closeDetail();
        return true;
      },
    };
  }
  if (mode === 'filter') return {scopes: filterScopes, isModal: true};
  return {
    scopes: SCOPE_STACKS.concepts,
    onBack: () => {
      if (!deps.isFiltered) return false;
      deps.clearFilter();
      return true;
    },
  };
}
