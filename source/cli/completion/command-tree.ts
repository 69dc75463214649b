import type {Command} from 'commander';

/** One option as a completion script offers it. */
export interface CompletionOption {
  /** `--status`. */
  long: string;
  /** `-y`, when the option has one. */
  short?: string;
  description: string;
  /** The next word is the option's value (`--limit <n>`), not a command or option. */
  takesValue: boolean;
  /** The values an enum option accepts (`--status` → pending, approved, …). */
  choices: readonly string[];
}

/** One command, by its path of words below `nls` ('' for `nls` itself). */
export interface CompletionCommand {
  path: string;
  description: string;
  subcommands: readonly {name: string; description: string}[];
  options: readonly CompletionOption[];
  /** Values of its first argument (`nls completion <shell>` → bash, zsh, fish). */
  argumentChoices: readonly string[];
  /** Its argument is a file (`nls db backup <file>`). */
  takesFile: boolean;
}

// Words the scripts embed unquoted in case patterns and word lists.
const plainWord = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

function checked(word: string): string {
  if (!plainWord.test(word.replace(/^--?/, ''))) throw new Error(`Cannot complete "${word}".`);
  return word;
}

function describe(command: Command, path: string): CompletionCommand {
  const options = command.options
    .filter((option) => !option.hidden)
    .map((option) => ({
      long: checked(option.long ?? ''),
      ...(option.short ? {short: checked(option.short)} : {}),
      description: option.description,
      takesValue: option.required || option.optional,
      choices: (option.argChoices ?? []).map(checked),
    }));
  options.push({
    long: '--help',
    short: '-h',
    description: 'display help',
    takesValue: false,
    choices: [],
  });
  const [argument] = command.registeredArguments;
  return {
    path,
    description: command.description(),
    subcommands: command.commands.map((sub) => ({
      name: checked(sub.name()),
      description: sub.description(),
    })),
    options,
    argumentChoices: (argument?.argChoices ?? []).map(checked),
    takesFile: argument?.name() === 'file',
  };
}

/** Every command under `program` (whose options are attached), parents before children. */
export function completionTree(program: Command): CompletionCommand[] {
  const walk = (command: Command, path: string): CompletionCommand[] => [
    describe(command, path),
    ...command.commands.flatMap((sub) => walk(sub, path ? `${path} ${sub.name()}` : sub.name())),
  ];
  return walk(program, '');
}

/** Quotes text for a POSIX-like shell (bash, zsh, fish): single quotes, each ' written '\''. */
export function shellQuote(text: string): string {
  return `'${text.replace(/\s+/g, ' ').replaceAll("'", "'\\''")}'`;
}

/** The option takes a value at `command`: the `case` pattern `path --flag` (and `-f`). */
export function valueOptionPatterns(tree: readonly CompletionCommand[]): string[] {
  return tree.flatMap((command) =>
    command.options
      .filter((option) => option.takesValue)
      .flatMap((option) => [option.long, ...(option.short ? [option.short] : [])])
      .map((flag) => `${command.path} ${flag}`.trim()),
  );
}

const cases = (arms: readonly [string, string][], indent = '    ') =>
  arms.map(([pattern, body]) => `${indent}${shellQuote(pattern)}) ${body} ;;`).join('\n');

const lookup = (name: string, arms: readonly [string, string][], fallback = '') =>
  `${name}() {\n  case "$1" in\n${cases(arms)}\n  esac\n${fallback}}`;

/** The `case` lookup functions bash and zsh scripts share (both shells read this syntax). */
export function lookupFunctions(
  arms: Record<
    'subcommands' | 'options' | 'values' | 'argumentValues' | 'takesValue' | 'fileCommands',
    readonly [string, string][]
  >,
): string {
  return [
    lookup('_nls_subcommands', arms.subcommands),
    lookup('_nls_options', arms.options),
    lookup('_nls_values', arms.values),
    lookup('_nls_argument_values', arms.argumentValues),
    lookup('_nls_takes_value', arms.takesValue, '  return 1\n'),
    lookup('_nls_takes_file', arms.fileCommands, '  return 1\n'),
  ].join('\n\n');
}
