import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {expect, it} from 'vitest';

// Rows are camelCase past the database boundary (source/db maps them, see db/camel-rows.ts).
// snake_case may only be read where the shape belongs to someone else: the database layer and
// the modules that speak an outside API's payloads. The check parses each file, so SQL text,
// strings and comments never count; only property reads and destructured names do.
const root = fileURLToPath(new URL('../../source/', import.meta.url));

/** Folders and files whose snake_case reads are another system's shapes, and why. */
const payloadModules: Record<string, string> = {
  'db/': 'the database layer: columns are snake_case; it maps rows before they leave',
  'notion/client.ts': "Notion's API responses (has_more, next_cursor, plain_text, …)",
  'notion/data-source-walk.ts': "Notion's data source query pages",
  'notion/page-blocks.ts': "Notion's block children pages",
  'notion/blocks-markdown.ts': "Notion's block objects (rich_text)",
};

/** Outside shapes read in modules that are otherwise ours: file → the names it may read. */
const libraryNames: Record<string, readonly string[]> = {
  // ts-fsrs's Card and scheduler API.
  'quiz/schedule.ts': [
    'last_review',
    'elapsed_days',
    'scheduled_days',
    'learning_steps',
    'get_retrievability',
  ],
  'anki/fsrs-replay.ts': ['next_state', 'next_interval', 'forgetting_curve'],
  'plan/exam-plan.ts': ['next_state'],
  // npm's environment: npx runs us with npm_command=exec.
  'commands/demo.ts': ['npm_command'],
  // The predecessor's quiz content (JSON written in Notion cards, read as stored).
  'quiz/parse-content.ts': ['correct_index', 'correct_sequence'],
  // atomicity_status values, also the keys of the cleaning report stored in sync_log.details.
  'cleaning/pipeline/cleaning-summary.ts': ['needs_split'],
  // Notion's page objects.
  'notion-sync/fetch-entity.ts': ['last_edited_time', 'in_trash'],
};

/**
 * Modules not yet moved to camelCase rows: none since issue 18 converted the last area. An
 * entry must still read snake_case, so the list only shrinks.
 */
const notYetConverted = new Set<string>([]);

const snakeCase = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const sources = files(root).map((file) => {
  const relative = path.relative(root, file).split(path.sep).join('/');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const text = readFileSync(file, 'utf8');
  return {
    file: relative,
    tree: ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind),
  };
});

/** The property name a node reads, if it reads one: `a.b`, `a['b']`, `{b} = a`, `{b: c} = a`. */
function readName(node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    return node.argumentExpression.text;
  }
  if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
    const name = node.propertyName ?? node.name;
    return ts.isIdentifier(name) || ts.isStringLiteralLike(name) ? name.text : undefined;
  }
  return undefined;
}

function nodesOf(tree: ts.SourceFile, keep: (node: ts.Node) => string | undefined) {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const what = keep(node);
    if (what !== undefined) {
      const {line} = tree.getLineAndCharacterOfPosition(node.getStart(tree));
      found.push(`${tree.fileName.slice(root.length)}:${line + 1} ${what}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** snake_case reads in one file, less those its entry allows. */
function snakeReads(file: string, tree: ts.SourceFile): string[] {
  if (Object.keys(payloadModules).some((prefix) => file.startsWith(prefix))) return [];

  const allowed = new Set(libraryNames[file] ?? []);
  return nodesOf(tree, (node) => {
    const name = readName(node);
    return name !== undefined && snakeCase.test(name) && !allowed.has(name) ? name : undefined;
  });
}

function isNever(type: ts.TypeNode): boolean {
  return (
    type.kind === ts.SyntaxKind.NeverKeyword ||
    (ts.isArrayTypeNode(type) && isNever(type.elementType))
  );
}

/** `x as never` and `x as never[]`: casts that silence the type checker instead of typing. */
function neverCasts(tree: ts.SourceFile): string[] {
  return nodesOf(tree, (node) =>
    ts.isAsExpression(node) && isNever(node.type) ? node.getText(tree) : undefined,
  );
}

it('reads no snake_case property outside source/db and the payload modules', () => {
  expect(sources.length).toBeGreaterThan(200);
  const reads = sources
    .filter(({file}) => !notYetConverted.has(file))
    .flatMap(({file, tree}) => snakeReads(file, tree));
  expect(reads).toEqual([]);
  const stale = sources
    .filter(({file}) => notYetConverted.has(file))
    .filter(({file, tree}) => snakeReads(file, tree).length === 0)
    .map(({file}) => file);
  expect(stale).toEqual([]);
});

it('casts nothing `as never` in source/', () => {
  expect(sources.flatMap(({tree}) => neverCasts(tree))).toEqual([]);
});

it('the checks see what they look for and not SQL or strings', () => {
  const probe = ts.createSourceFile(
    path.join(root, 'probe.ts'),
    [
      'const a = row.front_plain;',
      "const b = row['card_key'];",
      'const {atom_type, notion_id: id} = row;',
      'const c = sql`select front_plain from learning_atoms`;',
      "const d = 'row.front_plain';",
      'const e = row.frontPlain;',
      'const f = tx.json(rows as never);',
      'const g = rows as never[];',
    ].join('\n'),
    ts.ScriptTarget.Latest,
    true,
  );
  expect(snakeReads('probe.ts', probe)).toEqual([
    'probe.ts:1 front_plain',
    'probe.ts:2 card_key',
    'probe.ts:3 atom_type',
    'probe.ts:3 notion_id',
  ]);
  expect(snakeReads('db/probe.ts', probe)).toEqual([]);
  expect(neverCasts(probe)).toEqual(['probe.ts:7 rows as never', 'probe.ts:8 rows as never[]']);
});
