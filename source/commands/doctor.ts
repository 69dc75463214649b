import {loadConfig, secretValues} from '../config/load-config.js';
import {runDoctor} from '../doctor/doctor-checks.js';
import {registerSecrets} from '../terminal/output.js';
import type {CommandContext} from './command-context.js';
import type {DoctorOptions} from './options/doctor-options.js';

const marks = {ok: '✔', warn: '!', fail: '✘', skip: '-'} as const;

/** `nls doctor`: one line per check with its fix; exit 1 only if the database is unusable. */
export async function run(options: DoctorOptions, {output}: CommandContext): Promise<number> {
  const config = loadConfig();
  registerSecrets(secretValues(config));
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
