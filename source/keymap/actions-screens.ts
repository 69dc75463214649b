import type {ActionSpec} from './action-spec.js';

/** Bindings of the dashboard, sync, concepts, atom and review screens. */
export const screenActions = {
  'plan.refresh': {
    scope: 'plan',
    keys: ['r'],
    label: 'refresh',
    description: 'Rebuild the exam plan',
  },
  'dashboard.refresh': {
    scope: 'dashboard',
    keys: ['r'],
    label: 'refresh',
    description: 'Reload the dashboard figures',
  },

  'sync.notion-incremental': {
    scope: 'sync',
    keys: ['n'],
    label: 'notion sync',
    description: 'Sync pages changed in Notion since the last run',
  },
  'sync.notion-full': {
    scope: 'sync',
    keys: ['N'],
    label: 'notion full',
    description: 'Re-read every Notion page (full sync)',
    dangerous: true,
  },
  'sync.clean': {
    scope: 'sync',
    keys: ['c'],
    label: 'clean',
    description: 'Run cleaning: grade, normalise, dedupe',
  },
  'sync.anki-push': {
    scope: 'sync',
    keys: ['p'],
    label: 'anki push',
    description: 'Push flashcards and clozes to Anki',
    dangerous: true,
  },
  'sync.anki-pull': {
    scope: 'sync',
    keys: ['P'],
    label: 'anki pull',
    description: 'Pull review state (FSRS) from Anki',
  },
  'sync.cancel': {scope: 'sync', keys: ['x'], label: 'cancel', description: 'Cancel the run'},

  'concepts.study': {
    scope: 'concepts',
    keys: ['s'],
    label: 'quiz',
    description: 'Quiz the atoms of the selected concept',
  },
  'concepts.expand-all': {
    scope: 'concepts',
    keys: ['E'],
    label: 'expand all',
    description: 'Expand every node',
    hidden: true,
  },
  'concepts.collapse-all': {
    scope: 'concepts',
    keys: ['C'],
    label: 'collapse all',
    description: 'Collapse every node',
    hidden: true,
  },

  'atom.open-notion': {
    scope: 'atom',
    keys: ['o'],
    label: 'open in notion',
    description: 'Open the source page in the browser',
  },
  'atom.study': {scope: 'atom', keys: ['s'], label: 'quiz', description: 'Quiz this atom now'},

  'review.approve': {
    scope: 'review',
    keys: ['a'],
    label: 'approve',
    description: 'Approve the rewrite',
  },
  'review.reject': {
    scope: 'review',
    keys: ['r'],
    label: 'reject',
    description: 'Reject the rewrite (asks for a reason)',
  },
  'review.edit': {
    scope: 'review',
    keys: ['e'],
    label: 'edit',
    description: 'Edit the rewrite inline',
  },
  'review.edit-external': {
    scope: 'review',
    keys: ['E'],
    label: '$EDITOR',
    description: 'Edit the rewrite in $EDITOR',
  },
  'review.note': {scope: 'review', keys: ['n'], label: 'note', description: 'Add a reviewer note'},
  'review.mark': {
    scope: 'review',
    keys: ['space'],
    label: 'mark',
    description: 'Mark or unmark the item for a bulk action',
  },
  'review.approve-marked': {
    scope: 'review',
    keys: ['A'],
    label: 'approve marked',
    description: 'Approve every marked item',
    dangerous: true,
  },
  'review.reject-marked': {
    scope: 'review',
    keys: ['R'],
    label: 'reject marked',
    description: 'Reject every marked item',
    dangerous: true,
  },
  'review.filter-source': {
    scope: 'review',
    keys: ['f'],
    label: 'source',
    description: 'Filter by source (cleaning rule or AI)',
  },
  'review.prev': {scope: 'review', keys: ['['], label: 'prev', description: 'Previous item'},
  'review.next': {scope: 'review', keys: [']'], label: 'next', description: 'Next item'},

  'review-edit.save': {
    scope: 'review-edit',
    keys: ['return'],
    label: 'save',
    description: 'Save the edit',
  },
  'review-edit.cancel': {
    scope: 'review-edit',
    keys: ['escape'],
    label: 'cancel',
    description: 'Discard the edit',
    shadows: ['global.back'],
  },
} as const satisfies Record<string, ActionSpec>;
