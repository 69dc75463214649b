import {keyTableLines, keyTableRows} from '../keymap/key-table.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig} from './command-preamble.js';
import type {KeysOptions} from './options/keys-options.js';

/** `nls keys`: the key bindings in force (defaults with the settings file's `keys` applied). */
export async function run(options: KeysOptions, {output}: CommandContext): Promise<number> {
  const config = loadCommandConfig();
  const rows = keyTableRows(config.keymap);
  if (options.json) {
    output.json(
      rows.map(({scope, action, keys, description, remapped}) => ({
        scope,
        action,
        keys,
        description,
        remapped,
      })),
    );
    return 0;
  }
  for (const line of keyTableLines(rows)) output.line(line);
  const remapped = rows.filter((row) => row.remapped).length;
  output.line();
  output.line(
    remapped === 0
      ? 'All keys are the defaults. Remap one in nls.config.json: "keys": {"review.approve": ["a", "y"]}'
      : `* remapped in ${config.configFile} (${remapped} of ${rows.length} actions)`,
  );
  return 0;
}
