import {Command, Option} from 'commander';
import type {CommandContext} from '../commands/command-context.js';
import {closestName} from '../text/closest-name.js';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import {registerAnkiRoutes} from './routes/anki-routes.js';
import {registerCleanRoutes} from './routes/clean-routes.js';
import {registerFsrsRoutes} from './routes/fsrs-routes.js';
import {registerNotionRoutes} from './routes/notion-routes.js';
import {registerPlanRoutes} from './routes/plan-routes.js';
import {registerQuizRoutes} from './routes/quiz-routes.js';
import {registerReviewRoutes} from './routes/review-routes.js';
import {registerScreenRoutes} from './routes/screen-routes.js';

/** Imports a command module lazily; its `run` returns the exit code. */
export type Loader = () => Promise<{
  run(options: Record<string, unknown>, context: CommandContext, args: string[]): Promise<number>;
}>;

/** Turns a loader into a commander action (what route files attach to their commands). */
export type ActionFactory = (load: Loader) => (...received: unknown[]) => Promise<void>;

/** Runs a matched command; tests replace it to check parsing without running anything. */
export type Dispatch = (
  load: Loader,
  options: Record<string, unknown>,
  args: string[],
) => Promise<number>;

/** Fails with "unknown command" and the closest subcommand of `command`. */
function refuseUnknown(command: Command): never {
  const typed = command.args[0] ?? '';
  const closest = closestName(
    typed,
    command.commands.map((sub) => sub.name()),
  );
  command.error(
    `error: unknown command '${typed}'${closest ? `\n(Did you mean ${closest}?)` : ''}`,
    {code: 'commander.unknownCommand', exitCode: 2},
  );
}

/** Builds the `nls` command tree; each command's code is imported only when it runs. */
export function buildProgram(
  context: CommandContext,
  onResult: (code: number) => void,
  dispatch?: Dispatch,
): Command {
  const run: Dispatch =
    dispatch ?? (async (load, options, args) => (await load()).run(options, context, args));
  const program = new Command('nls')
    .description(
      'Notion Learning Sync: keep one clean PostgreSQL copy of your Notion flashcards, clean them, push them to Anki and quiz yourself in the terminal.\nRun without a command to open the terminal app.',
    )
    .version('0.1.0', '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    // Usage errors echo the arguments, which a script may have taken from anywhere.
    .configureOutput({
      outputError: (text, write) => write(sanitizeTerminalText(text, {multiline: true})),
    })
    .exitOverride();

  const action: ActionFactory =
    (load: Loader) =>
    async (...received: unknown[]) => {
      const command = received.at(-1) as Command;
      // `nls` and `nls review` run on their own and have subcommands: a word after them is a
      // mistyped subcommand, which commander would only call an excess argument.
      if (command.commands.length > 0 && command.args.length > 0) refuseUnknown(command);
      onResult(await run(load, command.opts(), command.args));
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
  db.command('backup')
    .description(
      'Write a full backup (pg_dump custom format on a server, a data-dir tarball embedded)',
    )
    .argument('<file>', 'where to write the backup')
    .addOption(
      new Option('--only <layer>', 'only the staging or the canonical tables').choices([
        'staging',
        'canonical',
      ]),
    )
    .option('--json', 'machine-readable output')
    .action(action(() => import('../commands/db-backup.js')));
  db.command('restore')
    .description('Replace the database (or one layer) with a backup written by nls db backup')
    .argument('<file>', 'the backup to restore')
    .option('-y, --yes', 'do not ask for confirmation')
    .option('--json', 'machine-readable output')
    .action(action(() => import('../commands/db-restore.js')));

  const sync = program
    .command('sync')
    .description('Sync with Notion and Anki (progress on a terminal, plain lines otherwise)');
  registerNotionRoutes(sync, action);
  registerAnkiRoutes(sync, action);
  registerCleanRoutes(program, action);
  registerReviewRoutes(program, action);
  registerQuizRoutes(program, action);
  registerFsrsRoutes(program, action);
  registerPlanRoutes(program, action);
  registerScreenRoutes(program, action);

  program
    .command('keys')
    .description('List the key bindings in force: the defaults with nls.config.json "keys" applied')
    .option('--json', 'machine-readable output')
    .action(action(() => import('../commands/keys.js')));

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
  // Set last: subcommands copy the setting when created, and they must keep refusing extras.
  for (const command of [program, ...program.commands]) {
    if (command.commands.length > 0) command.allowExcessArguments(true);
  }
  return program;
}
