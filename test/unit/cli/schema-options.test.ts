import {type Command, CommanderError} from 'commander';
import {describe, expect, it} from 'vitest';
import {attachOptions, parseArgv} from '../../../source/cli/lazy-options.js';
import {buildProgram} from '../../../source/cli/program.js';
import {optionSpecs} from '../../../source/cli/schema-options.js';
import {planOptions} from '../../../source/commands/options/plan-options.js';
import {reviewListOptions} from '../../../source/commands/options/review-options.js';
import {UsageError} from '../../../source/errors.js';
import type {Output} from '../../../source/terminal/output.js';

const silent: Output = {isTty: false, line() {}, warn() {}, json() {}};

/** Parses argv with the real command tree; returns what the command body would have received. */
async function parsed(argv: string[]) {
  let received: {options: Record<string, unknown>; args: string[]} | undefined;
  const program = buildProgram(
    {output: silent, argv},
    () => {},
    async (_load, options, args) => {
      received = {options, args};
      return 0;
    },
  );
  const quiet = (command: Command) => {
    command.configureOutput({writeOut: () => {}, writeErr: () => {}});
    for (const sub of command.commands) quiet(sub);
  };
  quiet(program);
  await parseArgv(program, argv);
  return received;
}

function commandAt(program: Command, names: string[]): Command {
  return names.reduce((at, name) => at.commands.find((c) => c.name() === name)!, program);
}

describe('options declared once, as zod schemas', () => {
  it('reads flags, placeholders, choices and defaults off a schema', () => {
    expect(optionSpecs(reviewListOptions)).toEqual([
      {
        key: 'status',
        long: '--status',
        description: 'which items to list',
        placeholder: 'status',
        variadic: false,
        choices: ['pending', 'approved', 'rejected', 'edited', 'all'],
        fallback: 'pending',
        required: false,
        hidden: false,
      },
      expect.objectContaining({key: 'source', placeholder: 'source', required: false}),
      expect.objectContaining({key: 'batch', placeholder: 'batch'}),
      expect.objectContaining({key: 'limit', placeholder: 'n', fallback: '1000'}),
      {
        key: 'json',
        long: '--json',
        description: 'machine-readable output',
        variadic: false,
        required: false,
        hidden: false,
      },
    ]);
    const plan = optionSpecs(planOptions);
    expect(plan.find((s) => s.key === 'exam')).toMatchObject({required: true, placeholder: 'date'});
    expect(plan.find((s) => s.key === 'scope')).toMatchObject({variadic: true});
  });

  it('generates the commander options and help of every command from its schema', async () => {
    const program = buildProgram({output: silent, argv: []}, () => {});
    // Before a command word is read, nothing is loaded, yet the root help marks [options].
    expect(commandAt(program, ['quiz']).options).toEqual([]);
    expect(program.helpInformation()).toContain('quiz [options]');
    expect(program.helpInformation()).toMatch(/concepts {2,}/);
    await attachOptions(program);
    const list = commandAt(program, ['review', 'list']);
    const status = list.options.find((o) => o.long === '--status')!;
    expect(status.argChoices).toEqual(['pending', 'approved', 'rejected', 'edited', 'all']);
    expect(status.defaultValue).toBe('pending');
    const help = list.helpInformation();
    for (const spec of optionSpecs(reviewListOptions)) {
      expect(help).toContain(spec.long);
      expect(help.replace(/\s+/g, ' ')).toContain(spec.description);
    }
    const restore = commandAt(program, ['db', 'restore']);
    expect(restore.options.find((o) => o.long === '--yes')?.short).toBe('-y');
    const doctor = commandAt(program, ['doctor']);
    expect(doctor.helpInformation()).not.toContain('--offline');
  });

  it('hands the command body the parsed types: numbers, enums, defaults, a scope', async () => {
    expect((await parsed(['review', 'list']))?.options).toEqual({status: 'pending', limit: 1000});
    expect(
      (await parsed(['review', 'list', '--status', 'all', '--limit', '5', '--json']))?.options,
    ).toEqual({status: 'all', limit: 5, json: true});
    expect((await parsed(['quiz', '--count', '7', '--cram']))?.options).toEqual({
      count: 7,
      cram: true,
    });
    expect(
      (await parsed(['plan', '--exam', '2027-01-31', '--scope', 'module', 'Week', '3']))?.options,
    ).toEqual({exam: '2027-01-31', scope: {kind: 'module', name: 'Week 3'}, target: 0.9});
    expect(await parsed(['db', 'restore', 'f.tar', '-y'])).toEqual({
      options: {yes: true},
      args: ['f.tar'],
    });
  });

  it('a value the schema refuses is a usage error naming the option, with a hint', async () => {
    const failure = (argv: string[]) =>
      parsed(argv).then(
        () => null,
        (error: unknown) => error,
      );
    const count = await failure(['quiz', '--count', '501']);
    expect(count).toBeInstanceOf(UsageError);
    expect((count as UsageError).message).toBe(
      '--count must be a whole number from 1 to 500, not "501".',
    );
    expect((count as UsageError).hint).toBe('Write it in decimal digits, e.g. --count 10.');
    const target = await failure(['plan', '--exam', '2027-01-31', '--target', '1']);
    expect((target as UsageError).message).toBe(
      '--target must be a number above 0 and below 1, not "1".',
    );
    const scope = await failure(['plan', '--exam', '2027-01-31', '--scope', 'week', '3']);
    expect((scope as UsageError).message).toContain('--scope takes track, module or concept');
    expect((scope as UsageError).hint).toBe('For example: --scope module "Week 3".');
    // Enum values are checked by the generated commander choices before zod sees them.
    const status = await failure(['review', 'list', '--status', 'done']);
    expect(status).toBeInstanceOf(CommanderError);
    expect((status as CommanderError).message).toContain('Allowed choices are pending, approved');
  });
});
