import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, it} from 'vitest';
import {loadConfig} from '../../../source/config/load-config.js';
import {DEFAULT_LEECH_LAPSES, leechHistory} from '../../../source/leech/leech-history.js';

const home = () => mkdtempSync(path.join(os.tmpdir(), 'nls-leech-'));

it('takes the leech threshold from ANKI_LEECH_LAPSES, Anki’s 8 by default', () => {
  const dir = home();
  expect(loadConfig({NLS_HOME: dir}, dir).anki.leechLapses).toBe(DEFAULT_LEECH_LAPSES);
  expect(loadConfig({NLS_HOME: dir, ANKI_LEECH_LAPSES: '5'}, dir).anki.leechLapses).toBe(5);
});

it.each([
  [
    {lapses: 6, lastAnswers: [1, 2, 1], difficulty: 0.5},
    'forgotten 6 times; last three answers Again, Hard, Again',
  ],
  [{lapses: 1, lastAnswers: [4], difficulty: null}, 'forgotten 1 time; last answer Easy'],
  [{lapses: 0, lastAnswers: [], difficulty: 0.95}, 'forgotten 0 times; difficulty 0.95 of 1'],
])('puts a leech’s history in words', (leech, words) => {
  expect(leechHistory(leech)).toBe(words);
});
