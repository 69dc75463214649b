import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runNls} from '../helpers/run-nls.js';

// Issue 20, acceptance 3: `nls completion bash`, sourced in bash, completes `nls sy<tab>` and
// `nls review list --status <tab>`; the zsh and fish scripts come from the same command tree.
const dir = mkdtempSync(path.join(os.tmpdir(), 'nls-completion-'));
const scripts: Record<string, string> = {};
afterAll(() => rmSync(dir, {recursive: true, force: true}));

beforeAll(async () => {
  for (const shell of ['bash', 'zsh', 'fish']) {
    const result = await runNls(['completion', shell], {NLS_HOME: dir});
    expect(result.code, result.stderr).toBe(0);
    scripts[shell] = result.stdout;
    writeFileSync(path.join(dir, `nls.${shell}`), result.stdout);
  }
}, 60_000);

/** Sources the bash script and calls its completion function as bash does on <tab>. */
function complete(...words: string[]): string[] {
  const program = `
source ${JSON.stringify(path.join(dir, 'nls.bash'))}
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})
COMP_CWORD=${words.length - 1}
_nls
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['--norc', '--noprofile', '-c', program], {encoding: 'utf8'});
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.split('\n').filter(Boolean);
}

describe('nls completion bash', () => {
  it('registers a completion function for nls', () => {
    const script = path.join(dir, 'nls.bash');
    const result = spawnSync('bash', ['--norc', '-c', `source '${script}'; complete -p nls`], {
      encoding: 'utf8',
    });
    expect(result.stdout.trim()).toBe('complete -F _nls nls');
    const compgen = spawnSync(
      'bash',
      ['--norc', '-c', `source '${script}'; compgen -W "$(_nls_subcommands '')" -- sy`],
      {encoding: 'utf8'},
    );
    expect(compgen.stdout.trim()).toBe('sync');
  });

  it('completes nls sy<tab> to sync, and subcommands below it', () => {
    expect(complete('nls', 'sy')).toEqual(['sync']);
    expect(complete('nls', 'sync', 'anki', '')).toEqual(['push', 'pull']);
    expect(complete('nls', 'completion', '')).toEqual(['bash', 'zsh', 'fish']);
  });

  it('offers the status values after nls review list --status, also after other options', () => {
    const statuses = ['pending', 'approved', 'rejected', 'edited', 'all'];
    expect(complete('nls', 'review', 'list', '--status', '')).toEqual(statuses);
    expect(complete('nls', 'review', 'list', '--limit', '5', '--status', 'a')).toEqual([
      'approved',
      'all',
    ]);
    expect(complete('nls', 'db', 'backup', '--only', '')).toEqual(['staging', 'canonical']);
  });

  it("offers a command's own options, not its neighbours', and no hidden ones", () => {
    expect(complete('nls', 'review', 'list', '--')).toEqual([
      '--status',
      '--source',
      '--batch',
      '--limit',
      '--json',
      '--help',
    ]);
    expect(complete('nls', 'doctor', '--')).toEqual(['--json', '--help']);
  });
});

describe('nls completion zsh and fish', () => {
  it('the zsh script is a #compdef function with the same commands, options and values', () => {
    const zsh = scripts.zsh!;
    expect(zsh.startsWith('#compdef nls\n')).toBe(true);
    expect(zsh).toContain("'review list') print -rl -- '--status:which items to list'");
    expect(zsh).toContain(
      "'review list --status') print -rl -- pending approved rejected edited all",
    );
    expect(zsh).toMatch(/_describe -t commands 'command' subs/);
    expect(zsh).toContain('compdef _nls nls');
    const syntax = spawnSync('zsh', ['-n', path.join(dir, 'nls.zsh')], {encoding: 'utf8'});
    // zsh is not installed everywhere; where it is, the script must parse.
    if (!syntax.error) expect(syntax.status, syntax.stderr).toBe(0);
  });

  it('the fish script has one complete line per subcommand and option, values included', () => {
    const fish = scripts.fish!;
    expect(fish).toContain(
      "complete -c nls -n '__nls_at '\\'''\\''' -a sync -d 'Sync with Notion and Anki",
    );
    expect(fish).toContain(
      "complete -c nls -n '__nls_at '\\''review list'\\''' -l status -x -a 'pending approved rejected edited all'",
    );
    expect(fish).toContain("complete -c nls -n '__nls_at '\\''db restore'\\''' -l yes -s y");
    const syntax = spawnSync('fish', ['-n', path.join(dir, 'nls.fish')], {encoding: 'utf8'});
    if (!syntax.error) expect(syntax.status, syntax.stderr).toBe(0);
  });

  it('--help gives the install line of each shell', async () => {
    const help = await runNls(['completion', '--help'], {NLS_HOME: dir});
    expect(help.stdout).toContain(
      'nls completion bash > ~/.local/share/bash-completion/completions/nls',
    );
    expect(help.stdout).toContain('nls completion fish > ~/.config/fish/completions/nls.fish');
    expect(help.stdout).toContain('nls completion zsh >');
    const wrong = await runNls(['completion', 'tcsh'], {NLS_HOME: dir});
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Allowed choices are bash, zsh, fish');
  });
});
