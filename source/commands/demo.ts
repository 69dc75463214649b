import {demoHome, embeddedDataDir} from '../config/paths.js';
import {snakeRecord} from '../db/camel-rows.js';
import {openDatabase} from '../db/connection.js';
import {countAtomsByType, countRows} from '../db/demo-marker.js';
import {migrate} from '../db/migrate.js';
import {loadDemoData} from '../demo/load-demo.js';
import {onShutdown} from '../terminal/shutdown.js';
import {createTheme, isNoColorRequested} from '../theme.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig} from './command-preamble.js';
import type {DemoOptions} from './options/demo-options.js';

/** `nls demo`: builds the demo course in its own data directory, then shows it. */
export async function run(options: DemoOptions, {output}: CommandContext): Promise<number> {
  const config = loadCommandConfig();
  const home = demoHome();
  if (!options.json) output.line(`Preparing the demo database in ${home} …`);
  const db = await openDatabase({dataDir: embeddedDataDir(home)});
  const unregister = onShutdown(() => db.close());
  try {
    await migrate(db.sql);
    const {created} = await loadDemoData(db.sql, {now: new Date(), reset: options.reset});
    const counts = await countRows(db.sql);
    const byType = await countAtomsByType(db.sql);
    if (options.json) {
      // --json keeps the count names it has always printed (atoms_in_anki, …).
      output.json({home, created, counts: snakeRecord(counts), atomsByType: byType});
      return 0;
    }
    output.line(
      created
        ? 'Loaded the demo course "Computer Networking".'
        : 'The demo course is already loaded (nls demo --reset rebuilds it).',
    );
    output.line(
      `  ${counts.areas} areas, ${counts.clusters} clusters, ${counts.concepts} concepts; ${counts.programs} program, ${counts.tracks} tracks, ${counts.modules} weekly modules`,
    );
    output.line(
      `  ${counts.atoms} atoms: ${Object.entries(byType)
        .map(([type, n]) => `${n} ${type}`)
        .join(', ')}`,
    );
    output.line(
      `  ${counts.atomsInAnki} with Anki statistics, ${counts.quizAttempts} quiz answers, ${counts.pendingReviews} rewrites waiting for review, ${counts.syncRuns} sync runs`,
    );
    if (!output.isTty || !process.stdin.isTTY) {
      output.line('');
      // Through npx (the README's way in) nls is not on the PATH, so say the command that works.
      const nls = process.env.npm_command === 'exec' ? 'npx nls' : 'nls';
      output.line(`Run "${nls} demo" in a terminal to browse it (or: NLS_HOME=${home} ${nls}).`);
      return 0;
    }
    const {runTui} = await import('../screens/app/run-tui.js');
    unregister();
    return await runTui({
      config: {...config, home, databaseUrl: undefined},
      database: db,
      theme: createTheme({noColor: isNoColorRequested(process.env)}),
    });
  } finally {
    unregister();
    await db.close();
  }
}
