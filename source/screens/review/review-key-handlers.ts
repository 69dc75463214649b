import type {KeymapHandlers} from '../../keymap/use-keymap.js';
import {formatQueueFilter} from './queue-filter.js';
import {
  approveMarked,
  currentItem,
  decide,
  editExternally,
  keyOf,
  type ReviewCommandDeps,
  setMode,
  submitInput,
} from './review-commands.js';
import {editFormFields, lineAt, markedGroups} from './review-edits.js';

/** What the key handlers act through: the commands' dependencies and the list's page size. */
export interface ReviewKeyDeps extends ReviewCommandDeps {
  /** Rows of the list (page up/down). */
  listRows: number;
}

/** Maps the keymap actions of the queue list to Review commands. */
export function reviewListHandlers(deps: ReviewKeyDeps): KeymapHandlers {
  const selected = () => deps.state().selected;
  const move = (to: number) => deps.act({type: 'move', to});
  // Item keys act on the selected item and do nothing while its page is still loading.
  const withItem = (run: (item: NonNullable<ReturnType<typeof currentItem>>) => void) => () => {
    const item = currentItem(deps);
    if (item) run(item);
  };
  return {
    'list.down': () => move(selected() + 1),
    'list.up': () => move(selected() - 1),
    'review.next': () => move(selected() + 1),
    'review.prev': () => move(selected() - 1),
    'list.top': () => move(0),
    'list.bottom': () => move((deps.state().total ?? 1) - 1),
    'list.page-down': () => move(selected() + deps.listRows),
    'list.page-up': () => move(selected() - deps.listRows),
    'list.filter': () =>
      setMode(deps, {kind: 'filter', line: lineAt(formatQueueFilter(deps.state().filter))}),
    'review.filter-source': () => deps.act({type: 'cycle-source'}),
    'review.approve': withItem((item) =>
      decide(deps, 'Approved', {keys: [item.key], ids: item.ids}, (service) =>
        service.approve(item.ids),
      ),
    ),
    'review.reject': withItem((item) =>
      setMode(deps, {kind: 'reject', ids: item.ids, groups: 1, line: lineAt('')}),
    ),
    'review.edit': withItem((item) =>
      setMode(deps, {kind: 'edit', key: item.key, fields: editFormFields(item), field: 0}),
    ),
    'review.edit-external': withItem((item) => editExternally(deps, item)),
    'review.note': withItem((item) =>
      setMode(deps, {kind: 'note', key: item.key, line: lineAt(item.reviewerNotes ?? '')}),
    ),
    'review.mark': withItem((item) => {
      deps.act({type: 'toggle-mark', item});
      move(selected() + 1);
    }),
    'review.approve-marked': () => approveMarked(deps),
    'review.reject-marked': () => {
      const groups = markedGroups(deps.state());
      if (groups.keys.length === 0)
        return deps.shell.notify(`Mark items with ${keyOf(deps, 'review.mark')} first.`);
      setMode(deps, {
        kind: 'reject',
        ids: groups.ids,
        groups: groups.keys.length,
        line: lineAt(''),
      });
    },
  };
}

/** Maps the keymap actions of an open input (edit form, note, reject reason, filter). */
export function reviewInputHandlers(deps: ReviewCommandDeps): KeymapHandlers {
  return {
    'review-edit.save': () => submitInput(deps),
    'review-edit.cancel': () => setMode(deps, {kind: 'list'}),
  };
}
