import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

/** The absolute path of `source/`, ending in a separator. */
export const sourceRoot = fileURLToPath(new URL('../../source/', import.meta.url));

/** How a module reaches another: a value import, a type-only one, a re-export or `import()`. */
export type ImportKind = 'static' | 'type' | 'export' | 'dynamic';

/** One module specifier found in a source file, with where it points once resolved. */
export type SourceImport = {
  /** As written: `../db/client.js`, `ink`, `node:fs`. */
  readonly specifier: string;
  /** A path relative to `source/` (with `/`) for our own modules, else the specifier itself. */
  readonly target: string;
  readonly kind: ImportKind;
  /** 1-based line of the specifier, for messages. */
  readonly line: number;
};

/** A file of `source/` with its syntax tree and every import the compiler sees in it. */
export type SourceFile = {
  /** Relative to `source/`, with `/` on every platform. */
  readonly file: string;
  /** The file's syntax tree, for checks beyond imports. */
  readonly tree: ts.SourceFile;
  readonly imports: readonly SourceImport[];
};

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return listFiles(full);
      return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
    });
}

const posix = (file: string) => file.split(path.sep).join('/');

// Sources import `./x.js`; the file on disk is `x.ts` or `x.tsx` (NodeNext resolution).
function resolveTarget(root: string, fromFile: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const joined = path.normalize(path.join(path.dirname(fromFile), specifier));
  const base = joined.replace(/\.(m|c)?jsx?$/, '');
  const found = ['.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ending) => base + ending)
    .find((candidate) => existsSync(path.join(root, candidate)));
  return posix(found ?? joined);
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  // `import {type A, type B} from` erases like `import type`; one value binding keeps it.
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

type Found = {specifier: string; kind: ImportKind; node: ts.Node};

function specifierOf(node: ts.Node): Found | 'unresolvable' | undefined {
  if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
    const kind = isTypeOnlyImport(node) ? 'type' : 'static';
    return {specifier: node.moduleSpecifier.text, kind, node: node.moduleSpecifier};
  }
  if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
    if (!ts.isStringLiteral(node.moduleSpecifier)) return 'unresolvable';
    const kind = node.isTypeOnly ? 'type' : 'export';
    return {specifier: node.moduleSpecifier.text, kind, node: node.moduleSpecifier};
  }
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    const [argument] = node.arguments;
    if (!argument || !ts.isStringLiteralLike(argument)) return 'unresolvable';
    return {specifier: argument.text, kind: 'dynamic', node: argument};
  }
  // `typeof import('../x.js')` and `import('../x.js').Type` in type positions.
  if (ts.isImportTypeNode(node)) {
    const literal = ts.isLiteralTypeNode(node.argument) ? node.argument.literal : undefined;
    if (!literal || !ts.isStringLiteral(literal)) return 'unresolvable';
    return {specifier: literal.text, kind: 'type', node: literal};
  }
  if (
    ts.isImportEqualsDeclaration(node) &&
    ts.isExternalModuleReference(node.moduleReference) &&
    ts.isStringLiteral(node.moduleReference.expression)
  ) {
    const literal = node.moduleReference.expression;
    return {specifier: literal.text, kind: node.isTypeOnly ? 'type' : 'static', node: literal};
  }
  return undefined;
}

/**
 * Every import of one file, parsed by the TypeScript compiler: static, type-only, re-exports,
 * `import()` calls and import types. A specifier the test cannot read (a computed `import()`)
 * comes back as `<computed>` so the layer check can refuse it rather than miss it.
 */
export function parseImports(tree: ts.SourceFile, root = sourceRoot): SourceImport[] {
  const file = tree.fileName;
  const found: SourceImport[] = [];
  const lineOf = (node: ts.Node) =>
    tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
  const visit = (node: ts.Node): void => {
    const hit = specifierOf(node);
    if (hit === 'unresolvable') {
      found.push({
        specifier: '<computed>',
        target: '<computed>',
        kind: 'dynamic',
        line: lineOf(node),
      });
    } else if (hit) {
      const target = resolveTarget(root, file, hit.specifier);
      found.push({specifier: hit.specifier, target, kind: hit.kind, line: lineOf(hit.node)});
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** Every `.ts`/`.tsx` file under `source/`, parsed once. */
export function readSources(root = sourceRoot): SourceFile[] {
  return listFiles(root).map((full) => {
    const file = posix(path.relative(root, full));
    const text = readFileSync(full, 'utf8');
    const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
    return {file, tree, imports: parseImports(tree, root)};
  });
}

/** Whether an import target is one of our own modules (a path inside `source/`). */
export const isOwnModule = (target: string) => /\.tsx?$/.test(target) && !target.startsWith('..');
