import {runDoctor} from '../doctor/doctor-checks.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig} from './command-preamble.js';
import type {DoctorOptions} from './options/doctor-options.js';

const marks = {ok: '✔', warn: '!', fail: '✘', skip: '-'} as const;

/** `nls doctor`: one line per check with its fix; exit 1 only if the database is unusable. */
export async function run(options: DoctorOptions, {output}: CommandContext): Promise<number> {
  const config = loadCommandConfig();
  const results = await runDoctor(config, {offline: options.offline});
  const databaseFailed = results.some((r) => r.name === 'database' && r.status === 'fail');
  if (options.json) {
    output.json({ok: !databaseFailed, checks: results});
  } else {
    const width = Math.max(...results.map((r) => r.name.length));
    for (const result of results) {
      output.line(`${marks[result.status]} ${result.name.padEnd(width)}  ${result.detail}`);
      if (result.fix && result.status !== 'ok')
        output.line(`  ${' '.repeat(width)}  → ${result.fix}`);
    }
  }
  return databaseFailed ? 1 : 0;
}
