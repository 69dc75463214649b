import {Text} from 'ink';
import {useState} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {editLine, type LineState} from '../../../source/components/line-editor.js';
import {TextInput} from '../../../source/components/text-input.js';
import {SCOPE_STACKS} from '../../../source/keymap/keymap.js';
import {useKeymap} from '../../../source/keymap/use-keymap.js';
import {createTheme} from '../../../source/theme.js';
import {press, pressKey, typeText} from '../../helpers/press.js';
import {cleanup, renderTui, waitFor} from '../../helpers/render.js';

afterEach(cleanup);

const start: LineState = {value: '', cursor: 0};
const apply = (state: LineState, ...steps: [string, Parameters<typeof editLine>[2]][]) =>
  steps.reduce((current, [input, key]) => editLine(current, input, key), state);

describe('editLine', () => {
  it('types, moves and erases by grapheme', () => {
    let state = apply(start, ['h', {}], ['é', {}], ['猫', {}]);
    expect(state).toEqual({value: 'hé猫', cursor: 3});
    state = apply(state, ['', {leftArrow: true}], ['', {leftArrow: true}], ['x', {}]);
    expect(state).toEqual({value: 'hxé猫', cursor: 2});
    state = apply(state, ['', {delete: true}]);
    expect(state).toEqual({value: 'hé猫', cursor: 1});
    state = apply(state, ['', {home: true}], ['', {backspace: true}]);
    expect(state).toEqual({value: 'hé猫', cursor: 0});
    state = apply(state, ['', {end: true}], ['', {rightArrow: true}]);
    expect(state.cursor).toBe(3);
  });

  it('supports ctrl+u, ctrl+k and ctrl+w', () => {
    const line = {value: 'hello big world', cursor: 9};
    expect(editLine(line, 'w', {ctrl: true})).toEqual({value: 'hello  world', cursor: 6});
    expect(editLine(line, 'u', {ctrl: true})).toEqual({value: ' world', cursor: 0});
    expect(editLine(line, 'k', {ctrl: true})).toEqual({value: 'hello big', cursor: 9});
  });

  it('returns the same state for keys it does not use, and sanitises pasted text', () => {
    const line = {value: 'a', cursor: 1};
    for (const key of [{return: true}, {escape: true}, {tab: true}, {upArrow: true}]) {
      expect(editLine(line, '', key)).toBe(line);
    }
    expect(editLine(line, 'b\u001B]0;pwned\u0007c', {}).value).toBe('abc');
  });
});

function Filter({onSubmit}: {onSubmit: (value: string) => void}) {
  const [line, setLine] = useState<LineState>(start);
  useKeymap(
    {'palette.run': () => onSubmit(line.value)},
    {
      scopes: SCOPE_STACKS.palette,
      onUnmatched: (input, key) => setLine((s) => editLine(s, input, key)),
    },
  );
  return (
    <Text>
      :<TextInput value={line.value} cursor={line.cursor} placeholder="command" />
    </Text>
  );
}

describe('TextInput', () => {
  it('shows the placeholder, and the cursor as an inverse cell', () => {
    const empty = renderTui(<TextInput value="" cursor={0} placeholder="type to filter" />);
    expect(empty.frame()).toBe('▏type to filter');
    const idle = renderTui(
      <TextInput value="" cursor={0} placeholder="filter" isFocused={false} />,
    );
    expect(idle.frame()).toBe('filter');
    const typed = renderTui(<TextInput value="sync" cursor={2} />);
    expect(typed.frame()).toBe('sy▏nc');
    const coloured = renderTui(<TextInput value="sync" cursor={2} />, {theme: createTheme()});
    expect(coloured.frame()).toBe('sync');
  });

  it('edits through the keymap hook: letters go to the input, return submits', async () => {
    const submitted: string[] = [];
    const {stdin, frame} = renderTui(<Filter onSubmit={(value) => submitted.push(value)} />);
    typeText(stdin, 'quix');
    await waitFor(() => frame() === ':quix▏');
    pressKey(stdin, 'backspace');
    typeText(stdin, 't');
    await waitFor(() => frame() === ':quit▏');
    press(stdin, 'palette.run');
    await waitFor(() => submitted.length === 1);
    expect(submitted).toEqual(['quit']);
  });
});
