import {Argument, Command} from 'commander';
import type * as z from 'zod/mini';
import type {CommandContext} from '../commands/command-context.js';
import {closestName} from '../text/closest-name.js';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import {
  declareOptions,
  markDeclaredOptions,
  type OptionsLoader,
  parsedOptions,
} from './lazy-options.js';
import {registerAnkiRoutes} from './routes/anki-routes.js';
import {registerCleanRoutes} from './routes/clean-routes.js';
import {registerDbRoutes} from './routes/db-routes.js';
import {registerFsrsRoutes} from './routes/fsrs-routes.js';
import {registerNotionRoutes} from './routes/notion-routes.js';
import {registerPlanRoutes} from './routes/plan-routes.js';
import {registerQuizRoutes} from './routes/quiz-routes.js';
import {registerReviewRoutes} from './routes/review-routes.js';
import {registerScreenRoutes} from './routes/screen-routes.js';
import type {OptionsSchema} from './schema-options.js';

/** Imports a command module lazily; its `run` takes the parsed options and returns the exit code. */
export type Loader<Options = Record<string, unknown>> = () => Promise<{
  run: (options: Options, context: CommandContext, args: string[]) => Promise<number>;
}>;

/**
 * Gives a command its options (generated from the schema `options` loads; `null` for none) and
 * its lazily loaded body, which receives them as the schema parses them. Route files call it.
 */
export type Route = <Schema extends OptionsSchema>(
  command: Command,
  options: OptionsLoader<Schema> | null,
  load: Loader<z.output<Schema>>,
) => Command;

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

/** The commands about nls itself: key bindings, settings checks and shell completion. */
function registerToolRoutes(program: Command, route: Route): void {
  route(
    program
      .command('keys')
      .description(
        'List the key bindings in force: the defaults with nls.config.json "keys" applied',
      ),
    async () => (await import('../commands/options/keys-options.js')).keysOptions,
    () => import('../commands/keys.js'),
  );

  route(
    program
      .command('doctor')
      .description('Check the database, Notion, AnkiConnect and Gemini settings, with fixes'),
    async () => (await import('../commands/options/doctor-options.js')).doctorOptions,
    () => import('../commands/doctor.js'),
  );

  route(
    program
      .command('completion')
      .description('Print a shell completion script for nls (commands, options and their values)')
      .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
      .addHelpText(
        'after',
        `
Install:
  bash  nls completion bash > ~/.local/share/bash-completion/completions/nls
  zsh   nls completion zsh > "\${fpath[1]}/_nls"   (a directory on $fpath, then compinit)
  fish  nls completion fish > ~/.config/fish/completions/nls.fish
Or for the current shell only: source <(nls completion bash)`,
      ),
    null,
    () => import('./completion/completion-command.js'),
  );
}

/** The global `--screen-reader` option, set before any command loads its settings. */
function addScreenReaderOption(program: Command): void {
  program.option(
    '--screen-reader',
    'Plain screen-reader output in the terminal screens (same as INK_SCREEN_READER=true)',
  );
  // The config layer reads Ink's own variable, so the option only has to set it.
  program.hook('preAction', () => {
    if (program.opts().screenReader === true) process.env.INK_SCREEN_READER = 'true';
  });
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
  addScreenReaderOption(program);

  markDeclaredOptions(program);

  const route: Route = (command, options, load) => {
    declareOptions(command, options);
    return command.action(async (...received: unknown[]) => {
      const matched = received.at(-1) as Command;
      // `nls` and `nls review` run on their own and have subcommands: a word after them is a
      // mistyped subcommand, which commander would only call an excess argument.
      if (matched.commands.length > 0 && matched.args.length > 0) refuseUnknown(matched);
      onResult(await run(load as Loader, await parsedOptions(matched), matched.args));
    });
  };

  route(program, null, () => import('../commands/index.js'));

  route(
    program
      .command('demo')
      .description('Create (once) a demo database of a computer-networking course and open it'),
    async () => (await import('../commands/options/demo-options.js')).demoOptions,
    () => import('../commands/demo.js'),
  );

  registerDbRoutes(program, route);

  const sync = program
    .command('sync')
    .description('Sync with Notion and Anki (progress on a terminal, plain lines otherwise)');
  registerNotionRoutes(sync, route);
  registerAnkiRoutes(sync, route);
  registerCleanRoutes(program, route);
  registerReviewRoutes(program, route);
  registerQuizRoutes(program, route);
  registerFsrsRoutes(program, route);
  registerPlanRoutes(program, route);
  registerScreenRoutes(program, route);

  registerToolRoutes(program, route);

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
