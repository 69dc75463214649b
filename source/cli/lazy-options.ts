import {type Command, Help} from 'commander';
import type {OptionsSchema} from './schema-options.js';

// Option schemas are zod objects, and loading zod with them would add to every start, `nls --help`
// included. So each command names a loader for its schema, and the options are attached only
// when a command word is on the command line (before commander parses it).

/** Imports the zod schema of one command's options. */
export type OptionsLoader<Schema extends OptionsSchema = OptionsSchema> = () => Promise<Schema>;

const loaders = new WeakMap<Command, OptionsLoader>();
const attached = new WeakMap<Command, OptionsSchema>();

/** Records where `command`'s options come from (`null`: it takes none). */
export function declareOptions(command: Command, load: OptionsLoader | null): void {
  if (load) loaders.set(command, load);
}

function walk(command: Command): Command[] {
  return [command, ...command.commands.flatMap(walk)];
}

/** Adds the options of every command under `program` from their schemas (once). */
export async function attachOptions(program: Command): Promise<void> {
  const waiting = walk(program).filter((c) => loaders.has(c) && !attached.has(c));
  if (waiting.length === 0) return;
  const {addSchemaOptions} = await import('./schema-options.js');
  const schemas = await Promise.all(waiting.map((c) => loaders.get(c)!()));
  for (const [index, command] of waiting.entries()) {
    addSchemaOptions(command, schemas[index]!);
    attached.set(command, schemas[index]!);
  }
}

/** Parses argv; options are loaded first unless only root flags (`--help`, `-v`) were given. */
export async function parseArgv(program: Command, argv: readonly string[]): Promise<void> {
  if (argv.some((word) => !word.startsWith('-'))) await attachOptions(program);
  await program.parseAsync([...argv], {from: 'user'});
}

/** What `command`'s body receives: its options as its schema parses them (`{}` if it has none). */
export async function parsedOptions(command: Command): Promise<Record<string, unknown>> {
  const schema = attached.get(command);
  if (!schema) {
    if (loaders.has(command)) throw new Error(`nls parsed ${command.name()} before its options.`);
    return {};
  }
  const {parseCommandOptions} = await import('./schema-options.js');
  return parseCommandOptions(command, schema) as Record<string, unknown>;
}

/** Help lists `name [options]` for a command whose options are declared but not yet loaded. */
export function markDeclaredOptions(program: Command): void {
  program.configureHelp({
    subcommandTerm(this: Help, command: Command) {
      const term = Help.prototype.subcommandTerm.call(this, command);
      const pending = command.options.length === 0 && loaders.has(command);
      return pending ? term.replace(/^\S+/, (name) => `${name} [options]`) : term;
    },
  });
}
