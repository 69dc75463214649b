import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {expect, it} from 'vitest';

// Ink's chalk ignores NO_COLOR; the entry (cli.ts) maps it (and TERM=dumb) to FORCE_COLOR=0 at start. The
// child runs under `script`, so its stdout is a real terminal where chalk would colour.
const root = fileURLToPath(new URL('../..', import.meta.url));
const child = `
process.argv = [process.argv[0], 'nls', 'keys'];
await import('./build/cli.js');
const React = (await import('react')).default;
const {render, Text} = await import('ink');
const app = render(React.createElement(Text, {color: 'red', bold: true}, 'ink line'));
await new Promise((resolve) => setTimeout(resolve, 200));
app.unmount();
await app.waitUntilExit();
`;

function runInTerminal(extra: Record<string, string>): string {
  // `script` gives the terminal no size; Ink would wrap at one column.
  const command = `stty cols 100 rows 30; node --input-type=module -e ${JSON.stringify(child.replaceAll('\n', ' '))}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: root,
    env: {PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm-256color', ...extra},
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  return result.stdout;
}

const colourCode = /\u001B\[[0-9;]*m/;

it('colours an Ink line in a terminal by default (the control for the next test)', () => {
  const out = runInTerminal({});
  expect(out).toContain('ink line');
  expect(out).toMatch(colourCode);
});

it.each<Record<string, string>>([{NO_COLOR: '1'}, {TERM: 'dumb'}])(
  'emits no colour codes from a plain command or Ink under %o',
  (extra) => {
    const out = runInTerminal(extra);
    expect(out).toContain('review.approve');
    expect(out).toContain('ink line');
    expect(out).not.toMatch(colourCode);
  },
);
