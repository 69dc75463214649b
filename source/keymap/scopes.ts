/** Every keymap scope: a context in which a set of bindings is active. */
export const SCOPES = [
  'global',
  'list',
  'tree',
  'dashboard',
  'plan',
  'sync',
  'concepts',
  'atom',
  'review',
  'review-edit',
  'quiz',
  'quiz-mcq',
  'quiz-tf',
  'quiz-matching',
  'quiz-parsons',
  'quiz-feedback',
  'cram',
  'help',
  'palette',
  'confirm',
] as const;

/** A keymap scope name. */
export type Scope = (typeof SCOPES)[number];

/**
 * The scope stacks screens use, highest priority first. When two actions in one stack share a
 * key, the earlier scope wins and its action must list the later one in `shadows`. Modal stacks
 * (help, palette, confirm, review-edit) leave out `global` so typed letters reach the text input.
 */
export const SCOPE_STACKS = {
  dashboard: ['dashboard', 'list', 'global'],
  plan: ['plan', 'global'],
  sync: ['sync', 'list', 'global'],
  concepts: ['concepts', 'tree', 'list', 'global'],
  atom: ['atom', 'global'],
  // The atom detail inside the concepts screen scrolls with the list keys.
  'atom-detail': ['atom', 'list', 'global'],
  review: ['review', 'list', 'global'],
  'review-edit': ['review-edit'],
  'quiz-mcq': ['quiz-mcq', 'quiz', 'list', 'global'],
  'quiz-tf': ['quiz-tf', 'quiz', 'global'],
  'quiz-matching': ['quiz-matching', 'quiz', 'list', 'global'],
  'quiz-parsons': ['quiz-parsons', 'quiz', 'list', 'global'],
  'quiz-feedback': ['quiz-feedback', 'global'],
  cram: ['cram', 'global'],
  help: ['help'],
  palette: ['palette'],
  confirm: ['confirm'],
} as const satisfies Record<string, readonly Scope[]>;
