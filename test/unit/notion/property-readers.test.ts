import {describe, expect, it} from 'vitest';
import {
  findTitleProperty,
  locateProperty,
  readCheckbox,
  readDate,
  readMultiSelect,
  readNumber,
  readProperty,
  readRelationIds,
  readSelect,
  readText,
  relationHasMore,
} from '../../../source/notion/property-readers.js';
import {textResult} from '../../../source/notion/value-readers.js';
import * as v from '../../fakes/notion-values.js';

const user = {object: 'user', id: 'u-1', name: 'Ada'};

describe('readText', () => {
  it.each([
    ['title', v.title('What is ARP?'), 'What is ARP?'],
    ['rich_text over 2000 chars', v.richText('x'.repeat(4500)), 'x'.repeat(4500)],
    ['empty rich_text', v.richText(''), ''],
    ['number', v.numberValue(1.5), '1.5'],
    ['select', v.select('mcq'), 'mcq'],
    ['status', v.status('Done'), 'Done'],
    ['multi_select', v.multiSelect(['a', 'b']), 'a, b'],
    ['date range', v.date('2025-01-01', '2025-01-31'), '2025-01-01 → 2025-01-31'],
    ['people', v.people([{id: 'p', name: 'Kenji'}]), 'Kenji'],
    ['files', v.files([{name: 'slides.pdf', url: 'https://x'}]), 'slides.pdf'],
    ['checkbox', v.checkbox(true), 'true'],
    ['url', v.url('https://example.org'), 'https://example.org'],
    ['email', v.email('a@b.c'), 'a@b.c'],
    ['phone', v.phone('+49 30'), '+49 30'],
    ['formula string', v.formula('hi'), 'hi'],
    ['formula number', v.formula(3), '3'],
    ['formula boolean', v.formula(false), 'false'],
    ['formula date', v.formula({start: '2025-06-10'}), '2025-06-10'],
    ['rollup number', v.rollup({number: 4}), '4'],
    ['rollup date', v.rollup({date: '2025-05-20'}), '2025-05-20'],
    ['rollup array', v.rollup({array: [v.title('OSI'), v.title('TCP')]}), 'OSI, TCP'],
    [
      'created_time',
      {type: 'created_time', created_time: '2025-01-01T00:00:00.000Z'},
      '2025-01-01T00:00:00.000Z',
    ],
    ['created_by', {type: 'created_by', created_by: user}, 'Ada'],
    [
      'last_edited_by (id only)',
      {type: 'last_edited_by', last_edited_by: {object: 'user', id: 'u-2'}},
      'u-2',
    ],
    ['unique_id', v.uniqueId('NET', 7), 'NET-7'],
    ['unique_id without prefix', v.uniqueId(null, 7), '7'],
    ['verification', v.verification('verified'), 'verified'],
    ['place', v.place('Lab', 1, 2), 'Lab'],
  ])('reads %s', (_label, prop, expected) => {
    expect(readText(prop)).toBe(expected);
  });

  it('explains why there is no text', () => {
    expect(textResult(undefined).issue).toBe('missing');
    expect(textResult(v.relation(['a'])).issue).toBe('wrong_type');
    expect(textResult(v.button()).issue).toBe('wrong_type');
    expect(textResult(v.numberValue(null)).issue).toBe('empty');
    expect(textResult({type: 'title', title: 'oops'}).issue).toBe('malformed');
    expect(textResult({type: 'number', number: Number.NaN}).issue).toBe('malformed');
    expect(textResult({noType: true}).issue).toBe('malformed');
  });

  it('falls back to text.content and equations when plain_text is absent', () => {
    const prop = {
      type: 'rich_text',
      rich_text: [{text: {content: 'E = '}}, {equation: {expression: 'mc^2'}}],
    };
    expect(readText(prop)).toBe('E = mc^2');
  });
});

describe('typed readers', () => {
  it('reads numbers from numbers, formulas, rollups, unique ids and numeric text', () => {
    expect(readNumber(v.numberValue(3))).toBe(3);
    expect(readNumber(v.formula(2.5))).toBe(2.5);
    expect(readNumber(v.rollup({number: 9}))).toBe(9);
    expect(readNumber(v.uniqueId('X', 12))).toBe(12);
    expect(readNumber(v.richText(' 42 '))).toBe(42);
    expect(readNumber(v.formula('7'))).toBe(7);
    expect(readNumber(v.richText('week 4'))).toBeNull();
    expect(readNumber(v.checkbox(true))).toBeNull();
    expect(readNumber(v.numberValue(null))).toBeNull();
  });

  it('reads select and status alike, and trimmed text as a select', () => {
    expect(readSelect(v.select('cloze'))).toBe('cloze');
    expect(readSelect(v.status('In progress'))).toBe('In progress');
    expect(readSelect(v.richText('  mcq '))).toBe('mcq');
    expect(readSelect(v.multiSelect(['first', 'second']))).toBe('first');
    expect(readSelect(v.select(null))).toBeNull();
    expect(readSelect(v.numberValue(1))).toBeNull();
  });

  it('reads multi-select names', () => {
    expect(readMultiSelect(v.multiSelect(['a', 'b']))).toEqual(['a', 'b']);
    expect(readMultiSelect(v.select('solo'))).toEqual(['solo']);
    expect(readMultiSelect(v.select(null))).toEqual([]);
  });

  it('reads dates from dates, formulas, rollups and timestamps; rejects garbage', () => {
    expect(readDate(v.date('2025-01-06'))).toEqual({
      start: '2025-01-06',
      end: null,
      timeZone: null,
    });
    expect(readDate(v.formula({start: '2025-06-10'}))?.start).toBe('2025-06-10');
    expect(readDate(v.rollup({date: '2025-05-20'}))?.start).toBe('2025-05-20');
    expect(
      readDate({type: 'last_edited_time', last_edited_time: '2025-02-03T04:05:00.000Z'})?.start,
    ).toBe('2025-02-03T04:05:00.000Z');
    expect(readDate({type: 'date', date: {start: 'not a date'}})).toBeNull();
    expect(readDate(v.date(null))).toBeNull();
  });

  it('reads relation ids and the truncation flag', () => {
    const prop = {...v.relation(['a', 'b']), has_more: true};
    expect(readRelationIds(prop)).toEqual(['a', 'b']);
    expect(relationHasMore(prop)).toBe(true);
    expect(relationHasMore(v.relation(['a']))).toBe(false);
    expect(readRelationIds(v.select('x'))).toBeNull();
  });

  it('reads checkboxes and boolean formulas', () => {
    expect(readCheckbox(v.checkbox(false))).toBe(false);
    expect(readCheckbox(v.formula(true))).toBe(true);
    expect(readCheckbox(v.formula('true'))).toBeNull();
  });
});

describe('readProperty', () => {
  const props = {
    Question: {id: 'title', ...v.title('What is BGP?')},
    Type: {id: '%3AUPp', ...v.status('mcq')},
    Concept: {id: 'BzL%5D', ...v.relation(['c1']), has_more: true},
  };

  it('reads by name and reports the key and truncation', () => {
    expect(readProperty(props, 'Type', 'select')).toMatchObject({value: 'mcq', key: 'Type'});
    expect(readProperty(props, 'Concept', 'relation')).toMatchObject({
      value: ['c1'],
      hasMore: true,
    });
  });

  it('finds a property by its stable id when renamed', () => {
    expect(readProperty(props, '%3AUPp', 'select').value).toBe('mcq');
    expect(locateProperty(props, 'BzL%5D')?.key).toBe('Concept');
  });

  it('finds the title by type when the named property is absent', () => {
    expect(readProperty(props, 'Name', 'title')).toMatchObject({
      value: 'What is BGP?',
      key: 'Question',
    });
    expect(findTitleProperty(props)?.id).toBe('title');
    expect(readProperty(props, 'Name', 'text')).toMatchObject({value: null, issue: 'missing'});
  });

  it('reports wrong types instead of throwing', () => {
    expect(readProperty(props, 'Question', 'number')).toMatchObject({
      value: null,
      issue: 'wrong_type',
    });
    expect(readProperty(null, 'Question', 'title')).toMatchObject({value: null, issue: 'missing'});
  });
});
