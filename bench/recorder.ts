import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** One measured figure, with the reference measured in the same run. */
export interface BenchResult {
  id: string;
  job: string;
  value: number;
  unit: string;
  reference: {label: string; value: number} | null;
  /** `ratio: true` bounds value ÷ reference.value instead of value (e.g. ≤ 3× COPY). */
  target: {op: '<' | '<='; value: number; describe: string; ratio?: boolean};
  notes?: string;
  measuredAt: string;
}

/** Where results accumulate during a run. */
export const resultsPath = fileURLToPath(new URL('./results.json', import.meta.url));

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value at a percentile (0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** Whether a result meets its target. */
export function passes(result: BenchResult): boolean {
  const measured =
    result.target.ratio && result.reference ? result.value / result.reference.value : result.value;
  return result.target.op === '<'
    ? measured < result.target.value
    : measured <= result.target.value;
}

/** Records one result (replacing an earlier one with the same id). */
export function record(result: Omit<BenchResult, 'measuredAt'>): void {
  const all: {results: BenchResult[]} = existsSync(resultsPath)
    ? JSON.parse(readFileSync(resultsPath, 'utf8'))
    : {results: []};
  const entry = {...result, measuredAt: new Date().toISOString()};
  all.results = [...all.results.filter((r) => r.id !== result.id), entry];
  writeFileSync(resultsPath, `${JSON.stringify(all, null, 2)}\n`);
}
