import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {expect, it} from 'vitest';

// Issue 18: the Notion, Gemini and Anki clients share one network policy (source/network/).
// A second token bucket, Retry-After parser or back-off would let the clients drift apart again,
// so every named function, class or method in source/ is checked for one.
const root = fileURLToPath(new URL('../../../source/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** `file name` for every function, class, method or function-valued const in one file. */
function definitions(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const where = path.relative(root, file).split(path.sep).join('/');
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const named =
      ts.isFunctionDeclaration(node) ||
      ts.isClassDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      (ts.isVariableDeclaration(node) &&
        node.initializer !== undefined &&
        (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer)));
    if (named && node.name) found.push(`${where} ${node.name.getText(source)}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const all = files(root).flatMap(definitions);
const named = (pattern: RegExp) => all.filter((entry) => pattern.test(entry.split(' ')[1]!));

it('finds the definitions it looks through', () => {
  expect(all.length).toBeGreaterThan(500);
});

it('source/ holds exactly one token bucket', () => {
  expect(named(/bucket|limiter|throttl/i)).toEqual(['network/token-bucket.ts createTokenBucket']);
});

it('source/ holds exactly one Retry-After parser', () => {
  expect(named(/retry_?after/i)).toEqual(['network/retry-timing.ts parseRetryAfter']);
});

it('source/ holds exactly one back-off', () => {
  expect(named(/back_?off|jitter/i)).toEqual(['network/retry-timing.ts backoffDelay']);
  // An exponential step computed anywhere else is a back-off by another name.
  const exponential = files(root)
    .filter((file) => /\b2\s*\*\*\s*(attempt|retr|tries)/i.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(root, file).split(path.sep).join('/'));
  expect(exponential).toEqual(['network/retry-timing.ts']);
});

it('the Notion, Gemini and Anki clients all go through source/network', () => {
  const users = files(root)
    .filter((file) => /from '\.\.\/network\//.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(root, file).split(path.sep)[0]);
  expect(new Set(users)).toEqual(new Set(['ai', 'anki', 'notion']));
});
