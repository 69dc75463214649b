import {describe, expect, it} from 'vitest';
import {
  defaultKeymap,
  formatHint,
  hintsFor,
  matchKey,
  SCOPE_STACKS,
} from '../../../source/keymap/keymap.js';
import {normalizeKeySpec, remapKeymap} from '../../../source/keymap/remap.js';

describe('normalizeKeySpec', () => {
  it('keeps single characters as typed and reads names as help shows them', () => {
    expect(['G', 'g', '?', ' '].map(normalizeKeySpec)).toEqual(['G', 'g', '?', 'space']);
    expect(['Enter', 'esc', '↑', 'Ctrl+D', 'PgDn', 'shift+tab'].map(normalizeKeySpec)).toEqual([
      'return',
      'escape',
      'up',
      'ctrl+d',
      'pagedown',
      'shift+tab',
    ]);
    expect(['ctrl+m', 'F1', 'é', 'alt+x', ''].map(normalizeKeySpec)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('remapKeymap', () => {
  it('replaces the keys of the named actions and leaves the rest alone', () => {
    const {keymap, problems} = remapKeymap({'review.approve': ['a', 'y'], 'list.down': ['Down']});
    expect(problems).toEqual([]);
    expect(keymap['review.approve'].keys).toEqual(['a', 'y']);
    expect(keymap['list.down'].keys).toEqual(['down']);
    expect(keymap['review.reject']).toBe(defaultKeymap['review.reject']);
    expect(matchKey(keymap, 'y', {}, SCOPE_STACKS.review)?.id).toBe('review.approve');
    expect(matchKey(keymap, 'j', {}, SCOPE_STACKS.review)).toBeUndefined();
    expect(hintsFor(keymap, ['review'])[0]).toMatchObject({keys: 'a/y', label: 'approve'});
    // The catalogue itself is untouched, so other keymaps (and tests) keep the defaults.
    expect(defaultKeymap['review.approve'].keys).toEqual(['a']);
  });

  it('drops a key label that described the default keys and reports the key position', () => {
    const {keymap} = remapKeymap({'quiz-mcq.toggle-option': ['!', '@', '#']});
    expect(formatHint(keymap, 'quiz-mcq.toggle-option')).toBe('!/@ toggle n');
    expect(matchKey(keymap, '@', {}, SCOPE_STACKS['quiz-mcq'])).toEqual({
      id: 'quiz-mcq.toggle-option',
      keySpec: '@',
      keyIndex: 1,
    });
  });

  it('allows a declared shadowing to stay, and moving the shadowed action away', () => {
    const {problems} = remapKeymap({
      'quiz-feedback.rate-again': ['1', 'a'],
      'global.screen-dashboard': ['D'],
    });
    expect(problems).toEqual([]);
  });

  it('reports an unknown action, an empty list and a key nls cannot read', () => {
    expect(remapKeymap({'review.aprove': ['a']}).problems).toEqual([
      {kind: 'unknown-action', action: 'review.aprove'},
    ]);
    expect(remapKeymap({'review.approve': []}).problems).toEqual([
      {kind: 'no-keys', action: 'review.approve'},
    ]);
    expect(remapKeymap({'review.approve': ['a', 'ctrl+m']}).problems).toEqual([
      {kind: 'bad-key', action: 'review.approve', key: 'ctrl+m'},
    ]);
  });

  it('keeps keys text inputs need and ctrl+c out of reach', () => {
    expect(remapKeymap({'palette.run': ['x']}).problems).toMatchObject([
      {kind: 'reserved-key', action: 'palette.run', key: 'x'},
    ]);
    expect(remapKeymap({'review-edit.save': ['tab']}).problems).toMatchObject([
      {kind: 'reserved-key', action: 'review-edit.save', key: 'tab'},
    ]);
    expect(remapKeymap({'review.approve': ['ctrl+c']}).problems).toMatchObject([
      {kind: 'reserved-key', reason: 'ctrl+c always quits nls'},
    ]);
    expect(remapKeymap({'help.close': ['ctrl+g']}).problems).toEqual([]);
  });

  it('reports a conflict within a scope and across a scope stack, naming both actions', () => {
    const sameScope = remapKeymap({'review.approve': ['r']});
    expect(sameScope.problems).toEqual([
      {
        kind: 'conflict',
        action: 'review.approve',
        key: 'r',
        other: 'review.reject',
        stack: SCOPE_STACKS.review,
      },
    ]);
    expect(sameScope.keymap).toBe(defaultKeymap);
    // j moves down the review list: approve would take it over there.
    expect(remapKeymap({'review.approve': ['j']}).problems).toMatchObject([
      {kind: 'conflict', action: 'review.approve', key: 'j', other: 'list.down'},
    ]);
    // A remapped global key that a screen scope already uses.
    expect(remapKeymap({'global.undo': ['a']}).problems).toMatchObject([
      {kind: 'conflict', action: 'global.undo', key: 'a', other: 'review.approve'},
    ]);
    // Swapping two keys is fine.
    expect(remapKeymap({'review.approve': ['r'], 'review.reject': ['a']}).problems).toEqual([]);
  });
});
