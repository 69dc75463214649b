import {describe, expect, it} from 'vitest';
import {paletteShellAction} from '../../../source/screens/app/shell-key-handlers.js';
import {
  initialShellState,
  type ShellAction,
  type ShellState,
  shellReducer,
} from '../../../source/screens/app/shell-reducer.js';
import {shellBodyHeight, shellFooterScopes} from '../../../source/screens/app/shell-state.js';

const run = (actions: readonly ShellAction[], state: ShellState = initialShellState('dashboard')) =>
  actions.reduce(shellReducer, state);

describe('shellReducer', () => {
  it('opens on one screen, mounted, with nothing shown over it', () => {
    const state = initialShellState('review');
    expect(state).toMatchObject({screen: 'review', history: ['review'], overlay: null});
    expect([...state.visited]).toEqual(['review']);
  });

  it('going to a screen records it, mounts it once and drops the error line, not the notice', () => {
    const state = run([
      {type: 'show-error', error: {message: 'boom', hint: 'fix it'}},
      {type: 'show-notice', text: 'Saved.'},
      {type: 'go-to', screen: 'sync'},
      {type: 'go-to', screen: 'sync'},
      {type: 'go-to', screen: 'dashboard'},
    ]);
    expect(state.screen).toBe('dashboard');
    expect(state.history).toEqual(['dashboard', 'sync', 'dashboard']);
    expect([...state.visited]).toEqual(['dashboard', 'sync']);
    expect(state.error).toBeNull();
    expect(state.notice).toBe('Saved.');
  });

  it('keeps the last ten screens of history', () => {
    const screens = ['sync', 'concepts', 'review', 'quiz', 'plan', 'dashboard'] as const;
    const actions = [...screens, ...screens].map((screen) => ({type: 'go-to', screen}) as const);
    expect(run(actions).history).toEqual([...screens.slice(2), ...screens]);
  });

  it('goes back through the history and stays on the first screen', () => {
    let state = run([
      {type: 'go-to', screen: 'sync'},
      {type: 'go-to', screen: 'plan'},
      {type: 'go-back'},
    ]);
    expect(state.screen).toBe('sync');
    expect(state.history).toEqual(['dashboard', 'sync']);
    state = run([{type: 'go-back'}, {type: 'go-back'}], state);
    expect(state.screen).toBe('dashboard');
    expect(state.history).toEqual(['dashboard']);
    // Walking back leaves the screens mounted.
    expect([...state.visited]).toEqual(['dashboard', 'sync', 'plan']);
  });

  it('opens and closes overlays', () => {
    const onConfirm = () => {};
    const request = {title: 'Clear?', message: 'All of it', onConfirm};
    let state = run([{type: 'open-overlay', overlay: {kind: 'confirm', request}}]);
    expect(state.overlay).toEqual({kind: 'confirm', request});
    state = run([{type: 'close-overlay'}], state);
    expect(state.overlay).toBeNull();
  });

  it('clears both messages at once', () => {
    const state = run([
      {type: 'show-error', error: {message: 'boom'}},
      {type: 'show-notice', text: 'Saved.'},
      {type: 'clear-messages'},
    ]);
    expect(state.error).toBeNull();
    expect(state.notice).toBeNull();
  });

  it('counts status refreshes and binding changes', () => {
    const state = run([
      {type: 'refresh-status'},
      {type: 'refresh-status'},
      {type: 'bindings-changed'},
    ]);
    expect(state.statusVersion).toBe(2);
    expect(state.bindingsVersion).toBe(1);
  });

  it('numbers palette requests, shows their screen, and consumes only the current one', () => {
    let state = run([
      {type: 'open-overlay', overlay: {kind: 'palette'}},
      {type: 'send-request', screen: 'sync', request: {kind: 'start-job', jobId: 'notion-full'}},
    ]);
    expect(state.screen).toBe('sync');
    expect(state.overlay).toBeNull();
    expect(state.request).toEqual({kind: 'start-job', jobId: 'notion-full', seq: 1});
    state = run(
      [
        {
          type: 'send-request',
          screen: 'concepts',
          request: {kind: 'open-concept', conceptId: 'c1'},
        },
      ],
      state,
    );
    expect(state.request).toEqual({kind: 'open-concept', conceptId: 'c1', seq: 2});
    const stale = run([{type: 'consume-request', seq: 1}], state);
    expect(stale).toBe(state);
    expect(run([{type: 'consume-request', seq: 2}], state).request).toBeNull();
  });

  it('holds the concept names the palette loaded', () => {
    const concepts = [{id: 'c1', name: 'Recursion'}];
    expect(run([{type: 'concepts-loaded', concepts}]).concepts).toEqual(concepts);
  });
});

describe('paletteShellAction', () => {
  it.each([
    [
      {kind: 'screen', screen: 'plan'},
      {type: 'go-to', screen: 'plan'},
    ],
    [{kind: 'help'}, {type: 'open-overlay', overlay: {kind: 'help'}}],
    [{kind: 'quit'}, 'quit'],
    [
      {kind: 'job', jobId: 'anki-push'},
      {type: 'send-request', screen: 'sync', request: {kind: 'start-job', jobId: 'anki-push'}},
    ],
    [
      {kind: 'concept', conceptId: 'c9'},
      {type: 'send-request', screen: 'concepts', request: {kind: 'open-concept', conceptId: 'c9'}},
    ],
  ] as const)('maps %o', (action, expected) => {
    expect(paletteShellAction(action)).toEqual(expected);
  });
});

describe('shell layout', () => {
  it('gives the screen what the tab bar, messages, status bar and hints leave', () => {
    expect(shellBodyHeight(30, null, null)).toBe(26);
    expect(shellBodyHeight(30, {message: 'boom', hint: 'fix it'}, 'Saved.')).toBe(23);
    expect(shellBodyHeight(5, {message: 'boom'}, null)).toBe(3);
  });

  it("shows the screen's hints, or the open overlay's", () => {
    expect(shellFooterScopes(null, ['review', 'global'])).toEqual(['review', 'global']);
    expect(shellFooterScopes({kind: 'palette'}, ['review'])).toEqual(['palette']);
    const request = {title: 't', message: 'm', onConfirm: () => {}};
    expect(shellFooterScopes({kind: 'confirm', request}, ['review'])).toEqual(['confirm']);
  });
});
