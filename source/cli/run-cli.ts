import {CommanderError} from 'commander';
import {isUserError, UsageError} from '../errors.js';
import {createProcessOutput, knownSecrets, redact} from '../terminal/output.js';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import {parseArgv} from './lazy-options.js';
import {buildProgram} from './program.js';

/** Runs `nls` with the given arguments and returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runCli(argv: readonly string[]): Promise<number> {
  const output = createProcessOutput();
  let code = 0;
  const program = buildProgram({output, argv}, (result) => {
    code = result;
  });
  try {
    await parseArgv(program, argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    // Messages quote names from the database and errors from remote services: print them inert.
    const clean = (text: string) =>
      redact(sanitizeTerminalText(text, {multiline: true}), knownSecrets());
    if (isUserError(error)) {
      process.stderr.write(`✘ ${clean(error.message)}\n`);
      if (error.hint) process.stderr.write(`  ${clean(error.hint)}\n`);
      return error instanceof UsageError ? 2 : 1;
    }
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(
      `✘ nls hit a bug:\n${clean(stack)}\nPlease report it with the command you ran.\n`,
    );
    return 1;
  }
}
