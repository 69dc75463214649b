import {EventEmitter} from 'node:events';
import {render as inkRender, Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {
  ACTION_IDS,
  type ActionId,
  defaultKeymap as actions,
  actionsInScope,
  SCOPE_STACKS,
  SCOPES,
  type Scope,
} from '../../../source/keymap/keymap.js';
import {remapKeymap} from '../../../source/keymap/remap.js';
import {type KeymapHandlers, KeymapProvider, useKeymap} from '../../../source/keymap/use-keymap.js';
import {keySequence, press, pressKey} from '../../helpers/press.js';
import {cleanup, waitFor} from '../../helpers/render.js';

afterEach(cleanup);

type Log = string[];

function recordAll(log: Log, ids: readonly ActionId[] = ACTION_IDS): KeymapHandlers {
  return Object.fromEntries(ids.map((id) => [id, (key: string) => log.push(`${id} ${key}`)]));
}

function Probe(props: {
  handlers: KeymapHandlers;
  scopes: readonly Scope[];
  isActive?: boolean;
  onUnmatched?: (input: string) => void;
}) {
  useKeymap(props.handlers, {
    scopes: props.scopes,
    isActive: props.isActive,
    onUnmatched: props.onUnmatched,
  });
  return <Text>probe</Text>;
}

describe('useKeymap through Ink', () => {
  it.each(SCOPES)('every key of every %s action reaches its handler', async (scope) => {
    const log: Log = [];
    const {stdin} = render(<Probe handlers={recordAll(log)} scopes={[scope]} />);
    for (const id of actionsInScope(scope)) {
      for (const key of actions[id].keys) {
        const before = log.length;
        pressKey(stdin, key);
        await waitFor(() => log.length > before);
        expect(log.at(-1)).toBe(`${id} ${key}`);
      }
    }
  });

  it('press() sends the primary key of an action', async () => {
    const log: Log = [];
    const {stdin} = render(<Probe handlers={recordAll(log)} scopes={SCOPE_STACKS.review} />);
    press(stdin, 'review.approve');
    press(stdin, 'list.bottom');
    await waitFor(() => log.length === 2);
    expect(log).toEqual(['review.approve a', 'list.bottom G']);
    expect(keySequence('ctrl+c')).toBe('\u0003');
    expect(keySequence('shift+tab')).toBe('\u001B[Z');
  });

  it('a shadowed key fires only the winning action, even across two hooks', async () => {
    const log: Log = [];
    const stack = SCOPE_STACKS['quiz-feedback'];
    const globalHandlers = recordAll(log, actionsInScope('global'));
    const screenHandlers = recordAll(log, actionsInScope('quiz-feedback'));
    const {stdin} = render(
      <>
        <Probe handlers={globalHandlers} scopes={stack} />
        <Probe handlers={screenHandlers} scopes={stack} />
      </>,
    );
    pressKey(stdin, '1');
    pressKey(stdin, 'q');
    await waitFor(() => log.length === 2);
    expect(log).toEqual(['quiz-feedback.rate-again 1', 'global.quit q']);
  });

  it('matches the keymap it is given and reports which of its keys fired', async () => {
    const {keymap, problems} = remapKeymap({
      'quiz-mcq.toggle-option': ['!', '@'],
      'list.down': ['ctrl+n'],
    });
    expect(problems).toEqual([]);
    const log: Log = [];
    const handlers: KeymapHandlers = {
      'quiz-mcq.toggle-option': (key, index) => log.push(`toggle ${key} ${index}`),
      'list.down': (key) => log.push(`down ${key}`),
    };
    const {stdin} = render(
      <KeymapProvider keymap={keymap}>
        <Probe handlers={handlers} scopes={SCOPE_STACKS['quiz-mcq']} />
      </KeymapProvider>,
    );
    pressKey(stdin, '2');
    pressKey(stdin, 'j');
    pressKey(stdin, '@');
    pressKey(stdin, 'ctrl+n');
    await waitFor(() => log.length === 2);
    expect(log).toEqual(['toggle @ 1', 'down ctrl+n']);
  });

  it('passes unmatched input on and stays silent while inactive', async () => {
    const log: Log = [];
    const typed: string[] = [];
    const handlers = recordAll(log);
    const {stdin, rerender} = render(
      <Probe
        handlers={handlers}
        scopes={SCOPE_STACKS.palette}
        onUnmatched={(i) => typed.push(i)}
      />,
    );
    stdin.write('q');
    press(stdin, 'palette.run');
    await waitFor(() => log.length === 1 && typed.length === 1);
    expect(typed).toEqual(['q']);
    rerender(<Probe handlers={handlers} scopes={SCOPE_STACKS.palette} isActive={false} />);
    press(stdin, 'palette.run');
    rerender(<Probe handlers={handlers} scopes={SCOPE_STACKS.palette} isActive />);
    press(stdin, 'palette.close');
    await waitFor(() => log.length === 2);
    expect(log).toEqual(['palette.run return', 'palette.close escape']);
  });

  it('stays inactive instead of crashing when stdin is not a TTY', async () => {
    const stdout = Object.assign(new EventEmitter(), {
      columns: 80,
      frames: [] as string[],
      write(frame: string) {
        stdout.frames.push(frame);
        return true;
      },
    });
    const stdin = Object.assign(new EventEmitter(), {
      isTTY: false,
      setEncoding() {},
      read: () => null,
    });
    const errors: unknown[] = [];
    const app = inkRender(<Probe handlers={{}} scopes={SCOPE_STACKS.review} />, {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      debug: true,
      patchConsole: false,
      exitOnCtrlC: false,
    });
    app.waitUntilExit().catch((error: unknown) => errors.push(error));
    await waitFor(() => stdout.frames.some((frame) => frame.includes('probe')));
    app.unmount();
    expect(errors).toEqual([]);
    expect(stdout.frames.join('')).not.toContain('Raw mode');
  });
});
