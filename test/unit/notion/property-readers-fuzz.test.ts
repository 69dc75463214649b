import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  type PropertyKind,
  readProperty,
  readText,
} from '../../../source/notion/property-readers.js';
import {
  checkboxResult,
  dateResult,
  multiSelectResult,
  numberResult,
  relationResult,
  selectResult,
  textResult,
} from '../../../source/notion/value-readers.js';
import {notionPropertyTypes, richTextItems} from '../../fakes/notion-values.js';

const readers = [
  textResult,
  numberResult,
  selectResult,
  multiSelectResult,
  dateResult,
  relationResult,
  checkboxResult,
];
const issues = ['missing', 'wrong_type', 'malformed', 'empty'];
const kinds: PropertyKind[] = [
  'title',
  'text',
  'number',
  'select',
  'multi_select',
  'date',
  'relation',
  'checkbox',
];
const types = notionPropertyTypes;

// A value with a real type tag and a random payload: the shape a confused config or a new
// Notion type produces, which plain fc.anything() rarely reaches.
const taggedValue = fc
  .constantFrom(...types)
  .chain((type) =>
    fc.record({type: fc.constant(type), [type]: fc.anything(), has_more: fc.anything()}),
  );

describe('property readers on arbitrary input', () => {
  it('never throw on any JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), taggedValue), (value) => {
        for (const read of readers) {
          const result = read(value);
          if (result.value === null) expect(issues).toContain(result.issue);
          else expect(result.issue).toBeNull();
        }
      }),
      {numRuns: 400},
    );
  });

  it('readProperty never throws and explains every null', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.oneof(taggedValue, fc.anything())),
        fc.string(),
        fc.constantFrom(...kinds),
        (props, name, kind) => {
          const result = readProperty(props, name, kind);
          if (result.value === null) expect(result.issue).not.toBeNull();
        },
      ),
      {numRuns: 300},
    );
  });

  it('reads back any text written as rich text, however long', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 4500}), (text) => {
        expect(readText({type: 'rich_text', rich_text: richTextItems(text)})).toBe(text);
      }),
      {numRuns: 100},
    );
  });

  it('never returns a non-finite number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.string()), (raw) => {
        const value = numberResult({
          type: 'rich_text',
          rich_text: [{plain_text: String(raw)}],
        }).value;
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
    );
  });
});
