import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import {fileURLToPath} from 'node:url';
import {type BenchResult, passes, resultsPath} from './recorder.js';

const markdownPath = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));

function format(value: number, unit: string): string {
  return `${Number.isInteger(value) ? value : value.toFixed(unit === 'ms' ? 0 : 2)} ${unit}`;
}

/** Starts a fresh results file; at the end writes BENCHMARKS.md and prints the table. */
export default function setup() {
  rmSync(resultsPath, {force: true});
  const startedAt = new Date();
  return () => {
    if (!existsSync(resultsPath)) return;
    const {results} = JSON.parse(readFileSync(resultsPath, 'utf8')) as {results: BenchResult[]};
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
    const rows = results.map((r) => {
      const ratio = r.reference
        ? `${(r.value / r.reference.value).toFixed(2)}× ${r.reference.label} (${format(r.reference.value, r.unit)})`
        : '—';
      return `| ${r.job} | ${format(r.value, r.unit)} | ${ratio} | ${r.target.describe} | ${passes(r) ? 'pass' : 'MISS'} |${r.notes ? ` ${r.notes}` : ''}`;
    });
    const table = [
      '| job | measured | reference (ratio) | target | result |',
      '|---|---|---|---|---|',
      ...rows,
    ].join('\n');
    const body = `# Benchmarks\n\nLatest \`npm run bench\`, ${startedAt.toISOString()}, on ${machine}.\nEvery figure was measured in that run; references were measured in the same run.\n\n${table}\n`;
    writeFileSync(markdownPath, body);
    process.stdout.write(`\n${table}\n`);
  };
}
