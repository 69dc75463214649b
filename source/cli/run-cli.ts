import {CommanderError} from 'commander';
import {isUserError, UsageError} from '../errors.js';
import {createProcessOutput, knownSecrets, redact} from './output.js';
import {buildProgram} from './program.js';

/** Runs `nls` with the given arguments and returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runCli(argv: readonly string[]): Promise<number> {
  const output = createProcessOutput();
  let code = 0;
  const program = buildProgram({output, argv}, (result) => {
    code = result;
  });
  try {
    await program.parseAsync([...argv], {from: 'user'});
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    const secrets = knownSecrets();
    if (isUserError(error)) {
      process.stderr.write(`✘ ${redact(error.message, secrets)}\n`);
      if (error.hint) process.stderr.write(`  ${redact(error.hint, secrets)}\n`);
      return error instanceof UsageError ? 2 : 1;
    }
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(
      `✘ nls hit a bug:\n${redact(stack, secrets)}\nPlease report it with the command you ran.\n`,
    );
    return 1;
  }
}
