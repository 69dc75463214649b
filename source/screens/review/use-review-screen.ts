import {useStdin} from 'ink';
import {useRef} from 'react';
import type {LineState} from '../../components/line-editor.js';
import {type ActionId, formatKeys, SCOPE_STACKS, type Scope} from '../../keymap/keymap.js';
import {type KeymapHandlers, useActiveKeymap, useKeymap} from '../../keymap/use-keymap.js';
import type {CardText, DecisionResult, ReviewItem} from '../../review/review-types.js';
import {type ScreenBindings, useScreenBindings, useShell} from '../app/shell-context.js';
import {editCardsExternally} from './external-editor.js';
import {formatQueueFilter, parseQueueFilter} from './queue-filter.js';
import {decisionNotice} from './review-notices.js';
import {itemAt, type ReviewAction, type ReviewMode, reviewReducer} from './review-state.js';
import {type ReviewQueue, useReviewQueue} from './use-review-queue.js';

const inputScopes: readonly Scope[] = SCOPE_STACKS['review-edit'];
const line = (value: string): LineState => ({value, cursor: [...value].length});

/** What the Review screen draws. */
export interface ReviewScreenState extends ReviewQueue {
  item: ReviewItem | undefined;
  isReady: boolean;
}

/** Options of {@link useReviewScreen}. */
export interface UseReviewScreenOptions {
  isActive: boolean;
  /** Rows of the list, for paging and prefetching. */
  listRows: number;
  /** The `$EDITOR` command; without it `E` explains how to set one. */
  editor?: string;
}

/** Review screen state and keys: triage decisions, marks, inputs, filters and undo. */
export function useReviewScreen(options: UseReviewScreenOptions): ReviewScreenState {
  const {isActive, listRows, editor} = options;
  const shell = useShell();
  const {stdin} = useStdin();
  const keymap = useActiveKeymap();
  // Notices name the keys in force, remapped or not.
  const key = (id: ActionId) => formatKeys(keymap, id, 1);
  const queue = useReviewQueue(listRows);
  const {state, dispatch, service} = queue;
  // Keys can arrive faster than renders: handlers read the latest state and selection here.
  const latest = useRef(state);
  latest.current = state;
  // Every key-driven change is applied to `latest` at once, so the next key sees it.
  const act = (action: ReviewAction) => {
    latest.current = reviewReducer(latest.current, action);
    dispatch(action);
  };
  const busy = useRef(false);

  const move = (to: number) => {
    act({type: 'move', to});
  };
  const current = () => itemAt(latest.current, latest.current.selected);
  const setMode = (mode: ReviewMode) => act({type: 'set-mode', mode});

  const decide = (
    verb: string,
    groups: {keys: string[]; ids: string[]},
    work: () => Promise<DecisionResult>,
  ) => {
    if (!service || busy.current) return;
    busy.current = true;
    const index = latest.current.selected;
    work()
      .then((result) => {
        const decision = {decisionId: result.decisionId, index, groups: groups.keys.length};
        act({type: 'decided', decision, keys: groups.keys});
        shell.notify(decisionNotice(verb, groups.keys.length, result.notion));
        shell.refreshStatus();
      })
      .catch((error: unknown) => shell.reportError(error))
      .finally(() => {
        busy.current = false;
      });
  };
  const marked = () => {
    const entries = [...latest.current.marked];
    return {keys: entries.map(([key]) => key), ids: entries.flatMap(([, ids]) => ids)};
  };

  const undo = () => {
    const last = latest.current.history.at(-1);
    if (!service || busy.current) return;
    if (!last) return shell.notify('Nothing to undo in this session.');
    busy.current = true;
    service
      .undo(last.decisionId)
      .then((result) => {
        act({type: 'undone', decisionId: last.decisionId});
        shell.notify(decisionNotice(`Undid ${result.action} of`, last.groups, result.notion));
        shell.refreshStatus();
      })
      .catch((error: unknown) => shell.reportError(error))
      .finally(() => {
        busy.current = false;
      });
  };

  const externalEdit = (item: ReviewItem) => {
    if (!editor) {
      shell.notify(
        `$EDITOR is not set: export EDITOR=vim (or nano) and restart, or press ${key('review.edit')}.`,
      );
      return;
    }
    const cards: CardText[] = item.cards.map((card) => ({front: card.front, back: card.back}));
    // Hand the terminal to the editor: Ink reads no keys while this blocks.
    stdin.setRawMode?.(false);
    const result = editCardsExternally(editor, cards);
    stdin.setRawMode?.(true);
    if (result.kind === 'failed') return shell.reportError(new Error(result.message));
    if (result.kind === 'cancelled') return shell.notify('Edit cancelled.');
    saveEdits(item, result.cards);
  };
  const saveEdits = (item: ReviewItem, texts: readonly CardText[]) => {
    const edits: Record<string, CardText> = {};
    item.cards.forEach((card, index) => {
      const text = texts[index];
      if (text && (text.front !== card.front || (text.back ?? '') !== (card.back ?? ''))) {
        edits[card.id] = text;
      }
    });
    if (Object.keys(edits).length === 0) {
      setMode({kind: 'list'});
      return shell.notify(
        `Nothing changed; press ${key('review.approve')} to approve as proposed.`,
      );
    }
    decide('Edited and approved', {keys: [item.key], ids: item.ids}, () =>
      service!.approve(item.ids, edits),
    );
  };

  const listHandlers: KeymapHandlers = {
    'list.down': () => move(latest.current.selected + 1),
    'list.up': () => move(latest.current.selected - 1),
    'review.next': () => move(latest.current.selected + 1),
    'review.prev': () => move(latest.current.selected - 1),
    'list.top': () => move(0),
    'list.bottom': () => move((latest.current.total ?? 1) - 1),
    'list.page-down': () => move(latest.current.selected + listRows),
    'list.page-up': () => move(latest.current.selected - listRows),
    'list.filter': () => setMode({kind: 'filter', line: line(formatQueueFilter(state.filter))}),
    'review.filter-source': () => act({type: 'cycle-source'}),
    'review.approve': () => {
      const item = current();
      if (item)
        decide('Approved', {keys: [item.key], ids: item.ids}, () => service!.approve(item.ids));
    },
    'review.reject': () => {
      const item = current();
      if (item) setMode({kind: 'reject', ids: item.ids, groups: 1, line: line('')});
    },
    'review.edit': () => {
      const item = current();
      if (!item) return;
      const fields = item.cards.flatMap((card) => [line(card.front), line(card.back ?? '')]);
      setMode({kind: 'edit', key: item.key, fields, field: 0});
    },
    'review.edit-external': () => {
      const item = current();
      if (item) externalEdit(item);
    },
    'review.note': () => {
      const item = current();
      if (item) setMode({kind: 'note', key: item.key, line: line(item.reviewerNotes ?? '')});
    },
    'review.mark': () => {
      const item = current();
      if (!item) return;
      act({type: 'toggle-mark', item});
      move(latest.current.selected + 1);
    },
    'review.approve-marked': () => {
      const groups = marked();
      if (groups.keys.length === 0)
        return shell.notify(`Mark items with ${key('review.mark')} first.`);
      shell.confirm({
        title: `Approve ${groups.keys.length} marked item(s)?`,
        message: `Each card replaces its original atom (${key('global.undo')} undoes the batch).`,
        onConfirm: () => decide('Approved', groups, () => service!.approve(groups.ids)),
      });
    },
    'review.reject-marked': () => {
      const groups = marked();
      if (groups.keys.length === 0)
        return shell.notify(`Mark items with ${key('review.mark')} first.`);
      setMode({kind: 'reject', ids: groups.ids, groups: groups.keys.length, line: line('')});
    },
  };

  const {mode} = state;
  const submitInput = () => {
    const item = current();
    const mode = latest.current.mode;
    if (mode.kind === 'filter') {
      const parsed = parseQueueFilter(mode.line.value);
      if ('error' in parsed) return shell.notify(`Filter: ${parsed.error}`);
      return act({type: 'set-filter', filter: parsed});
    }
    if (mode.kind === 'reject') {
      const reason = mode.line.value;
      const keys = mode.groups === 1 && item ? [item.key] : [...latest.current.marked.keys()];
      const reject = () =>
        decide('Rejected', {keys, ids: [...mode.ids]}, () => service!.reject(mode.ids, reason));
      if (mode.groups === 1) return reject();
      setMode({kind: 'list'});
      return shell.confirm({
        title: `Reject ${mode.groups} marked item(s)?`,
        message: 'Their originals stay as they are (z undoes the batch).',
        onConfirm: reject,
      });
    }
    if (!item || !service) return setMode({kind: 'list'});
    if (mode.kind === 'note') {
      service.note(item.ids[0]!, mode.line.value).then(
        (result) => {
          act({
            type: 'decided',
            decision: {decisionId: result.decisionId, index: latest.current.selected, groups: 0},
            keys: [],
          });
          shell.notify('Note saved.');
        },
        (error: unknown) => shell.reportError(error),
      );
      return;
    }
    if (mode.kind === 'edit') {
      const texts = item.cards.map((_, index) => ({
        front: mode.fields[index * 2]?.value.trim() ?? '',
        back: mode.fields[index * 2 + 1]?.value.trim() || null,
      }));
      if (texts.some((text) => text.front === '')) return shell.notify('A front cannot be empty.');
      saveEdits(item, texts);
    }
  };
  const inputHandlers: KeymapHandlers = {
    'review-edit.save': submitInput,
    'review-edit.cancel': () => setMode({kind: 'list'}),
  };

  const isTyping = mode.kind !== 'list';
  useKeymap(isTyping ? inputHandlers : listHandlers, {
    scopes: isTyping ? inputScopes : SCOPE_STACKS.review,
    isActive,
    onUnmatched: isTyping ? (input, key) => act({type: 'type', input, key}) : undefined,
  });
  const bindings: ScreenBindings = isTyping
    ? {scopes: inputScopes, isModal: true}
    : {scopes: SCOPE_STACKS.review, onUndo: undo, onBack: () => false};
  useScreenBindings('review', bindings, isActive);

  return {...queue, item: itemAt(state, state.selected), isReady: service !== null};
}
