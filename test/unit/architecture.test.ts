import {readdirSync, readFileSync} from 'node:fs';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {type Exception, exceptions, type Layer, layers, renderLayerTable} from './layer-map.js';
import {isOwnModule, readSources, type SourceImport, sourceRoot} from './source-imports.js';

// DESIGN §2: imports only point down the layers of test/unit/layer-map.ts, SQL lives only in
// source/db (and sql/), the pure cores touch no I/O, and no SQL is built from strings. Imports are
// read by the TypeScript parser: static, `import type`, `export … from` and `import()` alike.
const sources = readSources();

/** The map's name for the layer a source path (relative to source/) belongs to. */
const layerOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : file);
const layer = (name: string): Layer => layers[name]!;
const order = Object.keys(layers);

type Arrow = {file: string; from: string; to: string; use: SourceImport};

const arrows: Arrow[] = sources.flatMap(({file, imports}) =>
  imports
    .filter((use) => isOwnModule(use.target) || use.target === '<computed>')
    .map((use) => ({file, from: layerOf(file), to: layerOf(use.target), use}))
    .filter((arrow) => arrow.from !== arrow.to),
);

const matches = (exception: Exception, arrow: Arrow) =>
  (arrow.file === exception.from || arrow.from === exception.from) &&
  arrow.use.target === exception.to;
const excepted = (arrow: Arrow) => exceptions.some((exception) => matches(exception, arrow));

function refusal(arrow: Arrow): string | undefined {
  const {from, to, use} = arrow;
  if (to === '<computed>') return 'an import() the test cannot read: name the module literally';
  if (!(to in layers)) return `${to} is not in the layer map`;
  if (layer(from).imports.includes(to)) return undefined;
  if (layer(from).lazy?.includes(to)) {
    return use.kind === 'dynamic' || use.kind === 'type'
      ? undefined
      : `${from} may import ${to} only through import() (or import type)`;
  }
  return excepted(arrow) ? undefined : `${from} may not import ${to}`;
}

const describeArrow = ({file, use}: Arrow) =>
  `${file}:${use.line} → ${use.target} (${use.kind} '${use.specifier}')`;

/** Folder cycles in a graph, each as a path that returns to its start (a → b → a). */
function findCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const walk = (node: string, path: string[]) => {
    const at = path.indexOf(node);
    if (at >= 0) {
      cycles.push([...path.slice(at), node]);
      return;
    }
    if (done.has(node)) return;
    for (const next of [...(edges.get(node) ?? [])].sort()) walk(next, [...path, node]);
    done.add(node);
  };
  for (const node of [...edges.keys()].sort()) walk(node, []);
  return cycles;
}

function sourceFolders(): string[] {
  return readdirSync(sourceRoot, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() || /\.tsx?$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

describe('the layer map', () => {
  it('names every folder and top-level file of source/, and only those', () => {
    const present = sourceFolders();
    expect(present.filter((name) => !(name in layers))).toEqual([]);
    const missing = order.filter((name) => !present.includes(name));
    expect(missing.filter((name) => !layer(name).planned)).toEqual([]);
    // A planned folder that has landed must lose its `planned` note.
    expect(order.filter((name) => layer(name).planned && present.includes(name))).toEqual([]);
  });

  it('draws every arrow down its own order, so the map itself has no cycle', () => {
    const upward = order.flatMap((from) =>
      [...layer(from).imports, ...(layer(from).lazy ?? [])]
        .filter((to) => !(order.indexOf(to) > order.indexOf(from)))
        .map((to) => `${from} → ${to}`),
    );
    expect(upward).toEqual([]);
  });

  it('gives every exception a reason, and every exception still matches an import', () => {
    expect(exceptions.filter((exception) => exception.reason.trim().length < 20)).toEqual([]);
    const unused = exceptions.filter((exception) => !arrows.some((a) => matches(exception, a)));
    expect(unused, 'an exception no import needs any more: delete it from the map').toEqual([]);
  });

  it("is what the README's Architecture section shows", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /<!-- layers:start -->\n\n([\s\S]*?)\n\n<!-- layers:end -->/.exec(readme);
    expect(block?.[1], 'README.md: paste renderLayerTable() from test/unit/layer-map.ts').toBe(
      renderLayerTable(),
    );
  });
});

describe('imports', () => {
  it('follow only the arrows the layer map allows (static, type-only, re-export and import())', () => {
    const refused = arrows.flatMap((arrow) => {
      const reason = refusal(arrow);
      return reason ? [`${describeArrow(arrow)}: ${reason}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it('form no cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    const evidence = new Map<string, Arrow>();
    for (const arrow of arrows.filter((a) => a.to !== '<computed>' && !excepted(a))) {
      if (!edges.has(arrow.from)) edges.set(arrow.from, new Set());
      edges.get(arrow.from)!.add(arrow.to);
      if (!evidence.has(`${arrow.from}→${arrow.to}`))
        evidence.set(`${arrow.from}→${arrow.to}`, arrow);
    }
    const cycles = findCycles(edges).map((cycle) =>
      [
        cycle.join(' → '),
        ...cycle.slice(1).map((to, i) => `  ${describeArrow(evidence.get(`${cycle[i]}→${to}`)!)}`),
      ].join('\n'),
    );
    expect(cycles).toEqual([]);
  });

  it('bring React and Ink only into the layers the map lets draw', () => {
    const offenders = sources.flatMap(({file, imports}) =>
      imports
        .filter((use) => /^(ink|react)(\/|$)|^ink-/.test(use.target))
        .filter(() => !layer(layerOf(file)).react)
        .map((use) => `${file}:${use.line} → ${use.target}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('within layers', () => {
  it('components are presentational: foundations only, no database driver, no raw input', () => {
    expect(layer('components').imports).toEqual(['keymap', 'text', 'theme.ts']);
    const offenders = sources
      .filter(({file}) => layerOf(file) === 'components')
      .flatMap(({file, tree, imports}) => [
        ...imports
          .filter((use) => /^(postgres|node:|@notionhq|@google)/.test(use.target))
          .map((use) => `${file} → ${use.target}`),
        ...(calls(tree).has('useInput') ? [`${file} uses useInput`] : []),
      ]);
    expect(offenders).toEqual([]);
  });

  it('the keymap catalogue and pure cores import no I/O', () => {
    const pure = sources.filter(
      ({file}) =>
        (layerOf(file) === 'keymap' &&
          !file.endsWith('use-keymap.ts') &&
          !file.endsWith('write-readme-table.ts')) ||
        (layerOf(file) === 'quiz' && !file.startsWith('quiz/service/')) ||
        (layerOf(file) === 'cleaning' && !file.startsWith('cleaning/pipeline/')),
    );
    expect(pure.length).toBeGreaterThan(10);
    const offenders = pure.flatMap(({file, imports}) =>
      imports
        .filter(
          (use) =>
            /^(ink|react|postgres|node:fs|node:http|@notionhq|@google)/.test(use.target) ||
            use.target.startsWith('db/'),
        )
        .map((use) => `${file} → ${use.target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('SQL lives only in source/db', () => {
    const offenders = sources
      .filter(({file}) => layerOf(file) !== 'db')
      .filter(({tree}) => sqlUse(tree).size > 0)
      .map(({file}) => file);
    expect(offenders).toEqual([]);
  });

  it('no SQL is built from strings: .unsafe only runs migration files', () => {
    const users = sources.filter(({tree}) => sqlUse(tree).has('unsafe'));
    expect(users.map(({file}) => file)).toEqual(['db/migrate.ts']);
  });
});

function nodes(tree: ts.SourceFile): ts.Node[] {
  const all: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    all.push(node);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return all;
}

/** The last name of a callee or tag: `useInput`, `db.sql` → `sql`, `tx.unsafe` → `unsafe`. */
function lastName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

/** Names of the functions a file calls. */
function calls(tree: ts.SourceFile): Set<string> {
  return new Set(
    nodes(tree).flatMap((node) =>
      ts.isCallExpression(node) ? [lastName(node.expression) ?? ''] : [],
    ),
  );
}

/** How a file runs SQL: `sql` for postgres.js tagged templates (sql`…`, tx`…`), `unsafe` for .unsafe(). */
function sqlUse(tree: ts.SourceFile): Set<'sql' | 'unsafe'> {
  const found = new Set<'sql' | 'unsafe'>();
  for (const node of nodes(tree)) {
    if (ts.isTaggedTemplateExpression(node) && ['sql', 'tx'].includes(lastName(node.tag) ?? '')) {
      found.add('sql');
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      if (node.expression.name.text === 'unsafe') found.add('unsafe');
    }
  }
  return found;
}
