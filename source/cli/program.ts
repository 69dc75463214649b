import {Command, Option} from 'commander';
import type {Output} from './output.js';

/** What every command's `run` receives besides its options. */
export interface CommandContext {
  output: Output;
  /** Asks the user a yes/no question on a terminal; false when there is no terminal. */
  argv: readonly string[];
}

type Loader = () => Promise<{
  run(options: Record<string, unknown>, context: CommandContext, args: string[]): Promise<number>;
}>;

/** Builds the `nls` command tree; each command's code is imported only when it runs. */
export function buildProgram(context: CommandContext, onResult: (code: number) => void): Command {
  const program = new Command('nls')
    .description(
      'Notion Learning Sync: keep one clean PostgreSQL copy of your Notion flashcards, clean them, push them to Anki and quiz yourself in the terminal.\nRun without a command to open the terminal app.',
    )
    .version('0.1.0', '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({outputError: (text, write) => write(text)})
    .exitOverride();

  const action =
    (load: Loader) =>
    async (...received: unknown[]) => {
      const command = received.at(-1) as Command;
      const options = command.opts();
      const args = command.args;
      const module = await load();
      onResult(await module.run(options, context, args));
    };

  program.action(action(() => import('../commands/index.js')));

  program
    .command('demo')
    .description('Create (once) a demo database of a computer-networking course and open it')
    .option('--reset', 'rebuild the demo database from scratch')
    .option('--json', 'print the summary as JSON')
    .action(action(() => import('../commands/demo.js')));

  const db = program.command('db').description('Manage the database (migrations, backups)');
  db.command('migrate')
    .description('Apply pending schema migrations')
    .option('--json', 'machine-readable output')
    .action(action(() => import('../commands/db-migrate.js')));
  db.command('status')
    .description('List schema migrations and whether each is applied')
    .option('--json', 'machine-readable output')
    .action(action(() => import('../commands/db-status.js')));

  program
    .command('doctor')
    .description('Check the database, Notion, AnkiConnect and Gemini settings, with fixes')
    .option('--json', 'machine-readable output')
    .addOption(new Option('--offline', 'skip network checks').hideHelp())
    .action(action(() => import('../commands/doctor.js')));

  program.addHelpText(
    'after',
    `
Examples:
  nls demo                  try nls on a demo course (its own database)
  nls doctor                check your settings
  nls db status             list schema migrations

Settings come from the environment, then nls.config.json (see README "Configuration").`,
  );
  return program;
}
