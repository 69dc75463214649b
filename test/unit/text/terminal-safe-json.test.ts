import fc from 'fast-check';
import {expect, it} from 'vitest';
import {terminalSafeJson} from '../../../source/text/sanitize-terminal.js';

// JSON.stringify leaves C1 controls (0x9b is a CSI by itself), DEL and bidi overrides raw.
const unsafe = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

it('escapes every control and bidi character and still parses to the same value', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.string({unit: 'binary'}), (value, text) => {
      const document = {value, text: `${text}\u009B31m\u001B]52;c;x\u0007\u202E`};
      const json = terminalSafeJson(document);
      expect(json.replace(/\n/g, '')).not.toMatch(unsafe);
      expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(document)));
    }),
    {numRuns: 300},
  );
});
