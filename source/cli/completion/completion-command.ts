import type {CommandContext} from '../../commands/command-context.js';
import {attachOptions} from '../lazy-options.js';
import {buildProgram} from '../program.js';
import {bashCompletion} from './bash-completion.js';
import {completionTree} from './command-tree.js';
import {fishCompletion} from './fish-completion.js';
import {zshCompletion} from './zsh-completion.js';

/** The shells `nls completion` writes scripts for. */
export const completionShells = ['bash', 'zsh', 'fish'] as const;

const scripts = {bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion};

/** `nls completion bash|zsh|fish`: prints a completion script made from the command tree. */
export async function run(
  _options: unknown,
  {output, argv}: CommandContext,
  [shell]: string[],
): Promise<number> {
  // The command tree as any run builds it, with every command's options loaded.
  const program = buildProgram({output, argv}, () => {});
  await attachOptions(program);
  const script = scripts[shell as keyof typeof scripts];
  output.line(script(completionTree(program)).trimEnd());
  return 0;
}
