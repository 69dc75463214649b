import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {duplicateKey, plainKey} from '../../../source/cleaning/duplicate-key.js';

describe('duplicateKey', () => {
  it.each([
    ['What is TCP?', 'what is tcp'],
    ['  what   is\tTCP ?\n', 'what is tcp'],
    ["What's “TCP”?", 'whats tcp'],
    ['What is TCP/IP?', 'what is tcpip'],
    ['Why is π ≈ 3.14?', 'why is π ≈ 3.14'],
    ['Ｗｈａｔ is TCP?', 'what is tcp'],
  ])('%j → %j', (front, key) => {
    expect(duplicateKey(front)).toBe(key);
  });

  it('groups fronts that differ only in case, spacing and punctuation', () => {
    expect(duplicateKey('What is a TCP port?')).toBe(duplicateKey('what is a tcp port'));
    expect(duplicateKey('Define: latency.')).toBe(duplicateKey('define latency'));
  });

  it('keeps symbols that change meaning', () => {
    expect(duplicateKey('What is C#?')).not.toBe(duplicateKey('What is C?'));
    expect(duplicateKey('What is C++?')).not.toBe(duplicateKey('What is C?'));
  });

  it('is idempotent on plain text and has no outer or double spaces', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const key = plainKey(text);
        expect(plainKey(key)).toBe(key);
        const front = duplicateKey(text);
        expect(front).toBe(front.trim());
        expect(front).not.toMatch(/\s{2}/);
      }),
      {numRuns: 1000},
    );
  });

  // Found by the property above once fronts became Markdown: the key of `$\$` is `$$`, and `$$`
  // read as Markdown is an empty formula. Keys are compared, never parsed again.
  it('keys a front through its plain projection only once', () => {
    expect(duplicateKey('$\\$')).toBe('$$');
    expect(plainKey('$$')).toBe('$$');
  });
});
