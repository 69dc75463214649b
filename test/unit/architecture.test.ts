import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, it} from 'vitest';

// DESIGN §2: imports only point down the layers, SQL lives only in source/db (and sql/), the pure
// core touches no I/O, and no SQL is built from strings.
const root = fileURLToPath(new URL('../../source/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const sources = files(root).map((file) => ({
  file: path.relative(root, file),
  text: readFileSync(file, 'utf8'),
}));

function imports(text: string): string[] {
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1]!,
  );
}

function resolved(file: string, specifier: string): string {
  return specifier.startsWith('.')
    ? path.normalize(path.join(path.dirname(file), specifier))
    : specifier;
}

const layer = (file: string) => file.split(path.sep)[0]!;
const uiLayers = new Set(['commands', 'screens', 'components', 'cli']);
const serviceLayers = [
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
  'db',
  'config',
  'progress',
  'text',
  'demo',
  'doctor',
  'jobs',
];

it('services and the database layer never import React, Ink, screens, components or commands', () => {
  const offenders = sources
    .filter(({file}) => serviceLayers.includes(layer(file)))
    .flatMap(({file, text}) =>
      imports(text)
        .map((spec) => resolved(file, spec))
        .filter((target) => ['ink', 'react'].includes(target) || uiLayers.has(layer(target)))
        .map((target) => `${file} → ${target}`),
    );
  expect(offenders).toEqual([]);
});

it('components are presentational: no database, services, clients or raw input', () => {
  const offenders = sources
    .filter(({file}) => layer(file) === 'components')
    .flatMap(({file, text}) => [
      ...imports(text)
        .map((spec) => resolved(file, spec))
        .filter(
          (t) =>
            ['db', 'notion', 'anki', 'ai', 'screens', 'commands'].includes(layer(t)) ||
            t === 'postgres',
        )
        .map((t) => `${file} → ${t}`),
      ...(/\buseInput\(/.test(text) ? [`${file} uses useInput`] : []),
    ]);
  expect(offenders).toEqual([]);
});

it('the keymap catalogue and pure cores import no I/O', () => {
  const pure = sources.filter(
    ({file}) =>
      (layer(file) === 'keymap' &&
        !file.endsWith('use-keymap.ts') &&
        !file.endsWith('write-readme-table.ts')) ||
      (layer(file) === 'quiz' && !file.includes(`${path.sep}service${path.sep}`)) ||
      (layer(file) === 'cleaning' && !file.includes(`${path.sep}pipeline${path.sep}`)),
  );
  expect(pure.length).toBeGreaterThan(10);
  const offenders = pure.flatMap(({file, text}) =>
    imports(text)
      .filter(
        (spec) =>
          /^(ink|react|postgres|node:fs|node:http|@notionhq|@google)/.test(spec) ||
          resolved(file, spec).startsWith(`db${path.sep}`),
      )
      .map((spec) => `${file} → ${spec}`),
  );
  expect(offenders).toEqual([]);
});

it('SQL lives only in source/db', () => {
  const offenders = sources
    .filter(({file}) => layer(file) !== 'db')
    .filter(({text}) => /\bsql`|\btx`|\.unsafe\(/.test(text))
    .map(({file}) => file);
  expect(offenders).toEqual([]);
});

it('no SQL is built from strings: .unsafe only runs migration files', () => {
  const users = sources.filter(({text}) => /\.unsafe\(/.test(text)).map(({file}) => file);
  expect(users).toEqual([path.join('db', 'migrate.ts')]);
});
