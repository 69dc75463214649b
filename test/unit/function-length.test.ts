import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {expect, it} from 'vitest';

// The charter keeps functions under 80 lines so each one can be read at once. Counted from the
// function's first line (its keyword, name or parameter list, not the doc comment above it) to
// its last, inclusive.
const maxLines = 80;
const root = fileURLToPath(new URL('../../', import.meta.url));
const sourceRoot = path.join(root, 'source');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

type FunctionNode =
  | ts.FunctionDeclaration
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction;

function isFunction(node: ts.Node): node is FunctionNode {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node)
  );
}

/** The name a reader would search for: its own, or the variable or property holding it. */
function functionName(node: FunctionNode, source: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) {
    return parent.name.getText(source);
  }
  if (ts.isPropertyDeclaration(parent)) return parent.name.getText(source);
  return '(anonymous)';
}

interface LongFunction {
  readonly where: string;
  readonly name: string;
  readonly lines: number;
}

function longFunctions(file: string): LongFunction[] {
  const text = readFileSync(file, 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunction(node)) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > maxLines) {
        const where = `${path.relative(root, file)}:${first + 1}`;
        found.push({where, name: functionName(node, source), lines});
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

it(`no function in source/ is longer than ${maxLines} lines`, () => {
  const sources = files(sourceRoot);
  expect(sources.length).toBeGreaterThan(100);
  const offenders = sources
    .flatMap(longFunctions)
    .map(({where, name, lines}) => `${where} ${name} (${lines} lines)`);
  expect(offenders).toEqual([]);
});
