import {type ActionId, formatKeys, type Keymap} from '../../keymap/keymap.js';
import type {ReviewService} from '../../review/review-service.js';
import type {CardText, DecisionResult, ReviewItem} from '../../review/review-types.js';
import type {ShellApi} from '../app/shell-context.js';
import {editCardsExternally} from './external-editor.js';
import {parseQueueFilter} from './queue-filter.js';
import {changedCards, type DecisionGroups, editFormTexts, markedGroups} from './review-edits.js';
import {decisionNotice} from './review-notices.js';
import {itemAt, type ReviewAction, type ReviewMode, type ReviewState} from './review-state.js';

/** What the Review screen's commands act through. */
export interface ReviewCommandDeps {
  /** The latest state: keys can arrive faster than renders. */
  state: () => ReviewState;
  /** Applies an action to the latest state at once and to the screen's reducer. */
  act: (action: ReviewAction) => void;
  service: ReviewService | null;
  shell: Pick<ShellApi, 'confirm' | 'notify' | 'refreshStatus' | 'reportError'>;
  /** Set while a decision or an undo is written: one at a time. */
  busy: {current: boolean};
  /** The `$EDITOR` command; without it `E` explains how to set one. */
  editor?: string;
  /** Runs `work` (a blocking editor) with the terminal handed over: Ink reads no keys meanwhile. */
  releaseTerminal: <T>(work: () => T) => T;
  /** The keys in force, so notices name the key a remap gave an action. */
  keymap: Keymap;
}

/** The first key of an action in force, for a notice (`press a to approve`). */
export const keyOf = (deps: Pick<ReviewCommandDeps, 'keymap'>, id: ActionId) =>
  formatKeys(deps.keymap, id, 1);

/** The selected item, if its page is loaded. */
export const currentItem = (deps: ReviewCommandDeps) => itemAt(deps.state(), deps.state().selected);

/** Opens an input (or goes back to the list). */
export const setMode = (deps: ReviewCommandDeps, mode: ReviewMode) =>
  deps.act({type: 'set-mode', mode});

/** Writes a decision through the service, then records it for undo and reports it. */
export function decide(
  deps: ReviewCommandDeps,
  verb: string,
  groups: DecisionGroups,
  work: (service: ReviewService) => Promise<DecisionResult>,
) {
  const {service, busy, shell} = deps;
  if (!service || busy.current) return;
  busy.current = true;
  const index = deps.state().selected;
  work(service)
    .then((result) => {
      const decision = {decisionId: result.decisionId, index, groups: groups.keys.length};
      deps.act({type: 'decided', decision, keys: groups.keys});
      shell.notify(decisionNotice(verb, groups.keys.length, result.notion));
      shell.refreshStatus();
    })
    .catch((error: unknown) => shell.reportError(error))
    .finally(() => {
      busy.current = false;
    });
}

/** Takes back the last decision of this session. */
export function undoLast(deps: ReviewCommandDeps) {
  const {service, busy, shell} = deps;
  const last = deps.state().history.at(-1);
  if (!service || busy.current) return;
  if (!last) return shell.notify('Nothing to undo in this session.');
  busy.current = true;
  service
    .undo(last.decisionId)
    .then((result) => {
      deps.act({type: 'undone', decisionId: last.decisionId});
      shell.notify(decisionNotice(`Undid ${result.action} of`, last.groups, result.notion));
      shell.refreshStatus();
    })
    .catch((error: unknown) => shell.reportError(error))
    .finally(() => {
      busy.current = false;
    });
}

/** Approves the marked items after a confirmation. */
export function approveMarked(deps: ReviewCommandDeps) {
  const groups = markedGroups(deps.state());
  if (groups.keys.length === 0)
    return deps.shell.notify(`Mark items with ${keyOf(deps, 'review.mark')} first.`);
  deps.shell.confirm({
    title: `Approve ${groups.keys.length} marked item(s)?`,
    message: `Each card replaces its original atom (${keyOf(deps, 'global.undo')} undoes the batch).`,
    onConfirm: () => decide(deps, 'Approved', groups, (service) => service.approve(groups.ids)),
  });
}

/** Approves an item with the reviewer's text; says so when nothing changed. */
export function saveEdits(deps: ReviewCommandDeps, item: ReviewItem, texts: readonly CardText[]) {
  const edits = changedCards(item, texts);
  if (Object.keys(edits).length === 0) {
    setMode(deps, {kind: 'list'});
    return deps.shell.notify(
      `Nothing changed; press ${keyOf(deps, 'review.approve')} to approve as proposed.`,
    );
  }
  decide(deps, 'Edited and approved', {keys: [item.key], ids: item.ids}, (service) =>
    service.approve(item.ids, edits),
  );
}

/** Edits an item's cards in `$EDITOR`, then approves what changed. */
export function editExternally(deps: ReviewCommandDeps, item: ReviewItem) {
  const {editor, shell} = deps;
  if (!editor) {
    shell.notify(
      `$EDITOR is not set: export EDITOR=vim (or nano) and restart, or press ${keyOf(deps, 'review.edit')}.`,
    );
    return;
  }
  const cards: CardText[] = item.cards.map((card) => ({front: card.front, back: card.back}));
  const result = deps.releaseTerminal(() => editCardsExternally(editor, cards));
  if (result.kind === 'failed') return shell.reportError(new Error(result.message));
  if (result.kind === 'cancelled') return shell.notify('Edit cancelled.');
  saveEdits(deps, item, result.cards);
}

/** Enter in the open input: apply the filter, reject, save the note or the edited cards. */
export function submitInput(deps: ReviewCommandDeps) {
  const item = currentItem(deps);
  const {mode} = deps.state();
  if (mode.kind === 'filter') {
    const parsed = parseQueueFilter(mode.line.value);
    if ('error' in parsed) return deps.shell.notify(`Filter: ${parsed.error}`);
    return deps.act({type: 'set-filter', filter: parsed});
  }
  if (mode.kind === 'reject') return submitReject(deps, mode, item);
  if (!item || !deps.service) return setMode(deps, {kind: 'list'});
  if (mode.kind === 'note') return submitNote(deps, deps.service, item, mode.line.value);
  if (mode.kind === 'edit') {
    const texts = editFormTexts(item, mode.fields);
    if (texts.some((text) => text.front === ''))
      return deps.shell.notify('A front cannot be empty.');
    saveEdits(deps, item, texts);
  }
}

// One item is rejected at once; marked items only after a confirmation.
function submitReject(
  deps: ReviewCommandDeps,
  mode: Extract<ReviewMode, {kind: 'reject'}>,
  item: ReviewItem | undefined,
) {
  const reason = mode.line.value;
  const keys = mode.groups === 1 && item ? [item.key] : [...deps.state().marked.keys()];
  const reject = () =>
    decide(deps, 'Rejected', {keys, ids: [...mode.ids]}, (service) =>
      service.reject(mode.ids, reason),
    );
  if (mode.groups === 1) return reject();
  setMode(deps, {kind: 'list'});
  deps.shell.confirm({
    title: `Reject ${mode.groups} marked item(s)?`,
    message: `Their originals stay as they are (${keyOf(deps, 'global.undo')} undoes the batch).`,
    onConfirm: reject,
  });
}

// A note decides nothing (no groups) but is journaled, so undo takes it back like a decision.
function submitNote(
  deps: ReviewCommandDeps,
  service: ReviewService,
  item: ReviewItem,
  text: string,
) {
  service.note(item.ids[0]!, text).then(
    (result) => {
      deps.act({
        type: 'decided',
        decision: {decisionId: result.decisionId, index: deps.state().selected, groups: 0},
        keys: [],
      });
      deps.shell.notify('Note saved.');
    },
    (error: unknown) => deps.shell.reportError(error),
  );
}
