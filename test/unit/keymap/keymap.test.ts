import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {
  ACTION_IDS,
  type ActionId,
  defaultKeymap as actions,
  actionsInScope,
  formatHint,
  formatKey,
  hintsFor,
  isValidKeySpec,
  matchAction,
  SCOPE_STACKS,
  SCOPES,
  type Scope,
} from '../../../source/keymap/keymap.js';

const keysOf = (id: ActionId) => actions[id].keys;
const globalIds = actionsInScope('global');

describe('keymap catalogue', () => {
  it.each(ACTION_IDS)('%s has a scope prefix, label, description and valid keys', (id) => {
    const action = actions[id];
    expect(id.split('.')[0]).toBe(action.scope);
    expect(SCOPES).toContain(action.scope);
    expect(action.label.trim()).not.toBe('');
    expect(action.description.trim()).not.toBe('');
    expect(action.keys.length).toBeGreaterThan(0);
    for (const key of action.keys) expect(isValidKeySpec(key), key).toBe(true);
  });

  it('binds no key twice within one scope', () => {
    for (const scope of SCOPES) {
      const keys = actionsInScope(scope).flatMap(keysOf);
      expect(new Set(keys).size, scope).toBe(keys.length);
    }
  });

  it('lets a scope reuse a global key only by declaring that it shadows it', () => {
    for (const id of ACTION_IDS) {
      if (actions[id].scope === 'global') continue;
      for (const key of keysOf(id)) {
        const global = globalIds.find((globalId) => keysOf(globalId).includes(key));
        if (global !== undefined)
          expect(actions[id].shadows ?? [], `${id} ${key}`).toContain(global);
      }
    }
  });

  it('declares every shadowing inside each scope stack, earlier scope first', () => {
    for (const [name, stack] of Object.entries(SCOPE_STACKS)) {
      const ids = stack.flatMap((scope: Scope) => actionsInScope(scope));
      for (const [i, winner] of ids.entries()) {
        for (const loser of ids.slice(i + 1)) {
          const shared = keysOf(winner).filter((key) => keysOf(loser).includes(key));
          if (shared.length === 0) continue;
          expect(actions[winner].scope, `${name}: ${winner} vs ${loser}`).not.toBe(
            actions[loser].scope,
          );
          expect(actions[winner].shadows ?? [], `${name}: ${winner} vs ${loser}`).toContain(loser);
        }
      }
    }
  });

  it('declares only real shadowing: the shadowed action exists and shares a key', () => {
    for (const id of ACTION_IDS) {
      for (const shadowed of actions[id].shadows ?? []) {
        expect(ACTION_IDS, `${id} shadows ${shadowed}`).toContain(shadowed);
        const shared = keysOf(id).some((key) => keysOf(shadowed as ActionId).includes(key));
        expect(shared, `${id} shadows ${shadowed}`).toBe(true);
      }
    }
  });

  it('binds the conventional keys', () => {
    expect(keysOf('global.quit')).toEqual(['q', 'ctrl+c']);
    expect(keysOf('global.help')).toEqual(['?']);
    expect(keysOf('global.palette')).toEqual([':']);
    expect(keysOf('global.back')).toEqual(['escape']);
    expect(keysOf('global.undo')).toEqual(['z']);
    expect(keysOf('list.down')).toEqual(['j', 'down']);
    expect(keysOf('list.filter')).toEqual(['/']);
    expect(keysOf('quiz.dont-know')).toEqual(['i']);
    expect(keysOf('confirm.yes')).toEqual(['y']);
  });

  it('keeps keymap modules free of ink and react (only the hook may import them)', () => {
    const folder = new URL('../../../source/keymap/', import.meta.url);
    for (const file of readdirSync(folder)) {
      if (file === 'use-keymap.ts') continue;
      const text = readFileSync(new URL(file, folder), 'utf8');
      expect(text, file).not.toMatch(/from '(ink|react)(\/[^']*)?'/);
    }
  });
});

describe('matchAction', () => {
  it('prefers the earlier scope: a quiz option number shadows the screen switch', () => {
    expect(matchAction(actions, '1', {}, SCOPE_STACKS['quiz-mcq'])).toBe('quiz-mcq.toggle-option');
    expect(matchAction(actions, '1', {}, SCOPE_STACKS.review)).toBe('global.screen-dashboard');
    expect(matchAction(actions, '', {tab: true}, SCOPE_STACKS['quiz-parsons'])).toBe(
      'quiz-parsons.indent',
    );
    expect(matchAction(actions, '', {tab: true, shift: true}, SCOPE_STACKS.dashboard)).toBe(
      'global.prev-screen',
    );
  });

  it('leaves global out of modal stacks so letters reach the text input', () => {
    expect(matchAction(actions, 'q', {}, SCOPE_STACKS.help)).toBeUndefined();
    expect(matchAction(actions, '', {escape: true, meta: true}, SCOPE_STACKS.help)).toBe(
      'help.close',
    );
  });

  it('tells case, ctrl and meta apart', () => {
    expect(matchAction(actions, 'n', {}, ['sync'])).toBe('sync.notion-incremental');
    expect(matchAction(actions, 'N', {shift: true}, ['sync'])).toBe('sync.notion-full');
    expect(matchAction(actions, 'd', {ctrl: true}, ['list'])).toBe('list.page-down');
    expect(matchAction(actions, 'd', {}, ['list'])).toBeUndefined();
    expect(matchAction(actions, 'j', {meta: true}, ['list'])).toBeUndefined();
    expect(matchAction(actions, '', {delete: true}, ['quiz-matching'])).toBe(
      'quiz-matching.unpair',
    );
  });
});

describe('hints and formatting', () => {
  it('formats keys for people', () => {
    expect(['return', 'escape', 'up', 'pagedown', 'ctrl+c', 'G'].map(formatKey)).toEqual([
      'enter',
      'esc',
      '↑',
      'pgdn',
      'ctrl+c',
      'G',
    ]);
    expect(formatHint(actions, 'list.down')).toBe('j/↓ down');
    expect(formatHint(actions, 'quiz-mcq.toggle-option')).toBe('1-9 toggle n');
  });

  it('builds footer hints from the stack, dropping hidden and fully shadowed actions', () => {
    const hints = hintsFor(actions, SCOPE_STACKS['quiz-feedback']).map(
      (hint) => `${hint.keys} ${hint.label}`,
    );
    expect(hints).toEqual([
      '1 again',
      '2 hard',
      '3 good',
      '4 easy',
      'enter next',
      'q/ctrl+c quit',
      '? help',
      ': commands',
      'esc back',
      'z undo',
    ]);
    const concepts = hintsFor(actions, SCOPE_STACKS.concepts).map((hint) => hint.id);
    expect(concepts).toContain('tree.detail');
    expect(concepts).not.toContain('list.open');
    expect(
      hintsFor(actions, ['review']).find((hint) => hint.id === 'review.approve-marked')?.dangerous,
    ).toBe(true);
  });
});
