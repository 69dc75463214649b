import {createInterface} from 'node:readline/promises';
import {UsageError} from '../errors.js';

/**
 * Asks a yes/no question before something destructive. `--yes` skips it; without a terminal
 * (cron, CI) there is nobody to ask, so the command refuses and names the flag.
 */
export async function confirmDestructive(
  question: string,
  options: {yes?: boolean},
): Promise<boolean> {
  if (options.yes) return true;
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError(`${question} Refusing without confirmation.`, {
      hint: 'Run it in a terminal to be asked, or add --yes.',
    });
  }
  const prompt = createInterface({input: process.stdin, output: process.stdout});
  try {
    const answer = await prompt.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}
