import {readFileSync} from 'node:fs';
import {expect, it} from 'vitest';
import {replaceKeymapSection} from '../../../source/keymap/write-readme-table.js';

it('the README key table is generated from the current keymap (run npm run docs:keys)', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  expect(replaceKeymapSection(readme)).toBe(readme);
});
