import {EventEmitter} from 'node:events';
import {render as inkOwnRender} from 'ink';
import {cleanup, render as inkRender} from 'ink-testing-library';
import type {ReactElement} from 'react';
import {ThemeProvider} from '../../source/components/theme-context.js';
import {defaultKeymap, type Keymap} from '../../source/keymap/keymap.js';
import {KeymapProvider} from '../../source/keymap/use-keymap.js';
import {createTheme, type Theme} from '../../source/theme.js';

export {cleanup};

// Same coverage as the ansi-regex package: CSI and OSC sequences, 7-bit and 8-bit introducers.
const ansiPattern =
  /[\u001B\u009B][[\]()#;?]*(?:(?:(?:[a-zA-Z\d]*(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

/** Removes ANSI escape sequences (colours, cursor moves) from a frame. */
export function stripAnsi(text: string): string {
  return text.replace(ansiPattern, '');
}

/** Options for {@link renderTui}. */
export interface RenderOptions {
  /** The theme to provide; the default is colour off, so frames read the same everywhere. */
  theme?: Theme;
  /** The keymap in force, as `renderFullScreen` provides it (default: the catalogue's keys). */
  keymap?: Keymap;
}

/** A rendered tree plus frame helpers. ink-testing-library's stdout is 100 columns wide. */
export type RenderResult = ReturnType<typeof inkRender> & {
  /** The last frame without ANSI codes. */
  frame(): string;
  /** The last frame's lines, without ANSI codes and trailing spaces. */
  lines(): string[];
  /** Re-renders with a new tree inside the same providers. */
  update(tree: ReactElement): void;
};

// The theme and keymap providers renderFullScreen puts around a screen.
/** A frame's lines without trailing spaces (what a test compares). */
function frameLines(frame: string): string[] {
  return frame.split('\n').map((line) => line.trimEnd());
}

function providers(options: RenderOptions) {
  const theme = options.theme ?? createTheme({noColor: true});
  const keymap = options.keymap ?? defaultKeymap;
  return (node: ReactElement) => (
    <ThemeProvider theme={theme}>
      <KeymapProvider keymap={keymap}>{node}</KeymapProvider>
    </ThemeProvider>
  );
}

/** Renders a tree with the app's providers, for frame assertions. */
export function renderTui(tree: ReactElement, options: RenderOptions = {}): RenderResult {
  const wrap = providers(options);
  const instance = inkRender(wrap(tree));
  const frame = () => stripAnsi(instance.lastFrame() ?? '');
  return {
    ...instance,
    frame,
    lines: () => frameLines(frame()),
    update: (next) => instance.rerender(wrap(next)),
  };
}

/**
 * Polls `predicate` until it returns anything but `false` without throwing (so it may hold
 * `expect` calls); fails with the last error after `timeoutMs`. The default is generous because
 * a passing wait returns at once whatever it is, while CI on a loaded 2-core machine was seen to
 * take over 2 s for one database load behind a screen; speed is measured by the benches.
 */
export async function waitFor(
  predicate: () => unknown,
  timeoutMs = 10_000,
  intervalMs = 5,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (predicate() !== false) return;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw lastError ?? new Error(`waitFor: condition not met within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * {@link waitFor} for a condition that needs async work (a database read): retried on the next
 * turn of the event loop until it resolves to anything but `false` without throwing.
 */
export async function eventually(check: () => Promise<unknown>, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await check()) !== false) return;
      if (Date.now() > deadline) throw new Error(`eventually: not met within ${timeoutMs} ms`);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// ink-testing-library 4's render takes no options, so screen-reader frames come from Ink's own
// render with streams shaped like that library's (100 columns; a stdin that key presses reach).
class FakeStdout extends EventEmitter {
  readonly columns = 100;
  readonly frames: string[] = [];
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
}

class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = () => {
    const {data} = this;
    this.data = null;
    return data;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/** A tree rendered in Ink's screen-reader mode: frames are the plain text Ink would speak. */
export interface ScreenReaderResult {
  stdin: FakeStdin;
  /** The last frame without ANSI codes. */
  frame(): string;
  /** The last frame's lines, without ANSI codes and trailing spaces. */
  lines(): string[];
  update(tree: ReactElement): void;
  unmount(): void;
}

/** Renders a tree with the app's providers and `isScreenReaderEnabled`, as `--screen-reader` does. */
export function renderScreenReader(
  tree: ReactElement,
  options: RenderOptions = {},
): ScreenReaderResult {
  const wrap = providers(options);
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  const instance = inkOwnRender(wrap(tree), {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new FakeStdout() as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    // Debug mode writes each whole frame, so the last write is the current frame.
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
    isScreenReaderEnabled: true,
  });
  const frame = () => stripAnsi(stdout.frames.at(-1) ?? '');
  return {
    stdin,
    frame,
    lines: () => frameLines(frame()),
    update: (next) => instance.rerender(wrap(next)),
    unmount: () => {
      instance.unmount();
      instance.cleanup();
    },
  };
}
