import {CommanderError} from 'commander';
import fc from 'fast-check';
import {expect, it} from 'vitest';
import {parseArgv} from '../../../source/cli/lazy-options.js';
import {buildProgram} from '../../../source/cli/program.js';
import {UsageError} from '../../../source/errors.js';
import type {Output} from '../../../source/terminal/output.js';

const silent: Output = {isTty: false, line() {}, warn() {}, json() {}};
const words = [
  'demo',
  'db',
  'migrate',
  'status',
  'backup',
  'restore',
  'doctor',
  'sync',
  'notion',
  'anki',
  'push',
  'pull',
  'all',
  'clean',
  'review',
  'list',
  'approve',
  'reject',
  'quiz',
  'concepts',
  '--json',
  '--full',
  '--dry-run',
  '--limit',
  '--count',
  '--yes',
  '--rewrite',
  '--help',
  '-h',
  '--',
  '-',
  '--no-such-flag',
  'x',
  '3',
  '-1',
  '',
  '\u001B[2J',
];

/** Parses argv with the real command tree, dispatching to nothing; returns what happened. */
async function parse(argv: string[]): Promise<'dispatched' | 'usage' | 'help'> {
  let dispatched = false;
  const writes: string[] = [];
  const program = buildProgram(
    {output: silent, argv},
    () => {},
    async () => {
      dispatched = true;
      return 0;
    },
  );
  const quiet = (command: typeof program) => {
    command.configureOutput({writeOut: (s) => writes.push(s), writeErr: (s) => writes.push(s)});
    for (const sub of command.commands) quiet(sub);
  };
  quiet(program);
  try {
    await parseArgv(program, argv);
    return dispatched ? 'dispatched' : 'help';
  } catch (error) {
    // Option values the schema refuses (`--limit x`) are usage errors too (exit 2).
    if (error instanceof UsageError) return 'usage';
    if (!(error instanceof CommanderError)) throw error;
    return error.exitCode === 0 ? 'help' : 'usage';
  }
}

it('any argument list parses to a command, help, or a usage error — never a crash', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.oneof(fc.constantFrom(...words), fc.string({maxLength: 8})), {maxLength: 6}),
      async (argv) => {
        expect(['dispatched', 'usage', 'help']).toContain(await parse(argv));
      },
    ),
    {numRuns: 400},
  );
});

it('unknown commands and options are usage errors', async () => {
  expect(await parse(['frobnicate'])).toBe('usage');
  expect(await parse(['doctor', '--no-such-flag'])).toBe('usage');
  expect(await parse(['clean', '--limit', 'x'])).toBe('usage');
  expect(await parse(['db', 'status', '--json'])).toBe('dispatched');
  expect(await parse(['--help'])).toBe('help');
});
