// The layers of source/ and the arrows allowed between them, listed top to bottom: every arrow
// points further down this list. test/unit/architecture.test.ts reads
// this map and fails on any import it does not allow and on any folder cycle; the README's
// Architecture table is rendered from it (the same test fails when the two disagree).

/** The groups of the README's table, top to bottom. */
export const tiers = [
  'Entry',
  'Routing',
  'Handlers',
  'Screens',
  'Components',
  'Jobs',
  'Services',
  'Foundation',
] as const;

/** One of {@link tiers}. */
export type Tier = (typeof tiers)[number];

/** A folder of source/ (or a file at its top) and what it may import. */
export interface Layer {
  readonly tier: Tier;
  /** What it holds, one line (the README's table shows it). */
  readonly holds: string;
  /** The folders and top-level files its modules may import. */
  readonly imports: readonly string[];
  /** Folders it may reach only through `import()` or `import type`, so their code loads late. */
  readonly lazy?: readonly string[];
  /** Why its modules may import React or Ink (absent: they may not). */
  readonly react?: string;
  /** Why the folder does not exist yet (a map entry for a missing folder needs one). */
  readonly planned?: string;
}

/** The base layers nearly everything may use (the README's table names them once). */
export const base = ['config', 'db', 'progress', 'text', 'atom-types.ts', 'errors.ts'];
/** The service layers, which handlers, screens and jobs may all call. */
export const services = [
  'notion-sync',
  'notion',
  'transform',
  'cleaning',
  'ai',
  'review',
  'anki',
  'quiz',
  'mastery',
  'leech',
  'plan',
  'demo',
  'doctor',
];

/** Every folder and top-level file of source/, by name (`cli` is the folder, `cli.ts` the file). */
export const layers: Readonly<Record<string, Layer>> = {
  'cli.ts': {tier: 'Entry', holds: 'the `nls` executable: runs the CLI', imports: ['cli']},
  cli: {
    tier: 'Routing',
    holds: 'the commander program and its routes; `--help` and usage errors',
    imports: ['terminal', 'config', 'db', 'text', 'errors.ts'],
    lazy: ['commands'],
  },
  commands: {
    tier: 'Handlers',
    holds: 'one handler per command: reads options, runs a job or service, prints the result',
    imports: ['jobs', 'terminal', 'keymap', 'theme.ts', ...services, ...base],
    lazy: ['screens'],
  },
  screens: {
    tier: 'Screens',
    holds: 'the terminal app: one folder per screen, hooks that load and decide, views that draw',
    // Screens read the database through db/'s read models (the *-rows.ts query modules and their
    // row types); hooks and loaders call them and views receive rows. There is no second read
    // layer to keep in step with db/.
    imports: ['components', 'keymap', 'jobs', 'theme.ts', ...services, ...base],
    react: 'screens are Ink components and hooks',
  },
  components: {
    tier: 'Components',
    holds: 'presentational Ink components: props in, text out (no database, services or input)',
    imports: ['keymap', 'text', 'theme.ts'],
    react: 'components are Ink components',
  },
  jobs: {
    tier: 'Jobs',
    holds:
      'the jobs the CLI and the Sync screen share: build clients from settings, run, summarise',
    imports: [...services, ...base],
  },
  'notion-sync': {
    tier: 'Services',
    holds: 'the Notion sync run: resolve sources, fetch pages, stage them, transform, record',
    imports: ['notion', 'transform', ...base],
  },
  review: {
    tier: 'Services',
    holds: 'the review queue: approve, reject, undo, write changes back to Notion',
    imports: ['cleaning', 'notion', ...base],
  },
  leech: {
    tier: 'Services',
    holds: 'the leech clinic: find cards that keep lapsing and propose rewrites',
    imports: ['ai', 'cleaning', ...base],
  },
  demo: {
    tier: 'Services',
    holds: 'the demo workspace: seeded content, activity and its loader',
    imports: ['anki', 'cleaning', 'mastery', 'quiz', ...base],
  },
  doctor: {
    tier: 'Services',
    holds: 'the checks `nls doctor` runs',
    imports: [...base],
  },
  plan: {
    tier: 'Services',
    holds: 'the exam plan: concept recall, daily targets',
    imports: ['anki', ...base],
  },
  cleaning: {
    tier: 'Services',
    holds: 'quality rules, grades and duplicates (pure), and the cleaning run in pipeline/',
    imports: ['ai', 'notion', ...base],
  },
  transform: {
    tier: 'Services',
    holds: 'staged Notion pages to canonical rows (hierarchy, atoms, merges)',
    imports: ['notion', 'quiz', ...base],
  },
  notion: {
    tier: 'Services',
    holds:
      "the Notion client, rate limit and retries, and Notion's shapes: properties, rich text, page bodies",
    imports: ['network', ...base],
  },
  anki: {
    tier: 'Services',
    holds: 'the AnkiConnect client, push and pull, FSRS parameters and the optimizer',
    imports: ['mastery', 'network', ...base],
  },
  mastery: {
    tier: 'Services',
    holds: 'concept mastery from quiz and Anki recall (pure rules, one recompute)',
    imports: ['quiz', ...base],
  },
  quiz: {
    tier: 'Services',
    holds:
      'the quiz core (content, grading, FSRS schedule; pure) and its database service in service/',
    imports: [...base],
  },
  ai: {
    tier: 'Services',
    holds: 'the Gemini / Vertex AI rewriter: prompt, schema, retries',
    imports: ['network', 'text', 'errors.ts'],
  },
  network: {
    tier: 'Foundation',
    holds:
      'the one network policy of the Notion, Gemini and AnkiConnect clients: token bucket, Retry-After, jittered back-off, one-at-a-time queue',
    imports: [],
  },
  terminal: {
    tier: 'Foundation',
    holds: 'what a command writes to: output streams and `--json`, prompts, progress lines, Ctrl-C',
    imports: ['progress', 'text', 'errors.ts'],
  },
  db: {
    tier: 'Foundation',
    holds: 'all SQL: connection, migrations, backups, one query module per table group',
    imports: ['config', 'atom-types.ts', 'errors.ts'],
  },
  config: {
    tier: 'Foundation',
    holds: 'settings files, environment, data paths, key remaps',
    imports: ['keymap', 'text', 'errors.ts'],
  },
  keymap: {
    tier: 'Foundation',
    holds:
      'the one key catalogue: actions, scopes, remapping, footer hints, help, the README table',
    imports: [],
    react: 'use-keymap.ts binds the catalogue to Ink input; the rest is pure (checked below)',
  },
  progress: {
    tier: 'Foundation',
    holds: 'the progress events long runs emit',
    imports: [],
  },
  text: {
    tier: 'Foundation',
    holds: 'Markdown, terminal sanitising, word diffs, counting nouns, closest names',
    imports: [],
  },
  'atom-types.ts': {
    tier: 'Foundation',
    holds: 'the atom types, and which of them the quiz asks',
    imports: [],
  },
  'errors.ts': {
    tier: 'Foundation',
    holds: '`UserError` (with its hint) and error helpers',
    imports: [],
  },
  'theme.ts': {tier: 'Foundation', holds: 'the colour themes', imports: []},
};

/** An import the map's arrows do not allow, allowed here for the written reason. */
export interface Exception {
  /** A file, or a folder for every file in it. */
  readonly from: string;
  /** The imported file. */
  readonly to: string;
  readonly reason: string;
}

/** Imports the arrows do not allow, each with its reason. The test fails when one goes unused. */
export const exceptions: readonly Exception[] = [];

const folderLabel = (name: string) => (name.endsWith('.ts') ? `\`${name}\`` : `\`${name}/\``);

/** The README's Architecture table, rendered from {@link layers} (tier order, then map order). */
export function renderLayerTable(): string {
  const rows = tiers.flatMap((tier) =>
    Object.entries(layers)
      .filter(([, layer]) => layer.tier === tier)
      .map(([name, layer]) => {
        const reach = [
          ...grouped(layer.imports),
          ...(layer.lazy ?? []).map((lazy) => `${folderLabel(lazy)} (lazily)`),
        ];
        return `| ${tier} | ${folderLabel(name)} | ${layer.holds} | ${reach.join(', ') || '—'} |`;
      }),
  );
  return [
    '| Layer | Folder | Holds | May import |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `The base layers are ${listed(base.map(folderLabel))}.`,
  ].join('\n');
}

// Names the two groups once instead of listing their members in every row.
function grouped(imports: readonly string[]): string[] {
  const groups = [
    {members: services, label: 'every service'},
    {members: base, label: 'the base layers'},
  ].filter(({members}) => members.every((member) => imports.includes(member)));
  const rest = imports.filter((name) => !groups.some(({members}) => members.includes(name)));
  return [...rest.map(folderLabel), ...groups.map(({label}) => label)];
}

const listed = (names: readonly string[]) => `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
