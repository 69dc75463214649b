#!/usr/bin/env node
import {runCli} from './cli/run-cli.js';
import {isNoColorRequested} from './theme.js';

// Ink's chalk ignores NO_COLOR and TERM=dumb; FORCE_COLOR=0 turns it off before anything loads it
// (screens and Ink are imported lazily), so no screen or line anywhere writes a colour code.
if (isNoColorRequested(process.env)) process.env.FORCE_COLOR = '0';

// `nls … | head` closes the pipe early; that is the reader's choice, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2));
