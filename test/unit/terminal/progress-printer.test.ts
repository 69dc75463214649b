import {describe, expect, it} from 'vitest';
import {
  createProgressPrinter,
  formatProgressLine,
} from '../../../source/terminal/progress-printer.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  const stream = {isTTY, write: (chunk: string) => writes.push(chunk) > 0};
  return {stream: stream as unknown as NodeJS.WriteStream, writes};
}

describe('createProgressPrinter', () => {
  it('on a terminal shows each phase at once and redraws one line in place', () => {
    const {stream, writes} = fakeStream(true);
    let clock = 0;
    const printer = createProgressPrinter(stream, () => clock);
    printer({type: 'phase', phase: 'Grading', total: 100});
    expect(writes).toEqual(['Grading…']);
    clock = 500;
    printer({type: 'advance', phase: 'Grading', done: 50, total: 100});
    expect(writes.at(-1)).toBe(`\r\u001B[2K${formatProgressLine('Grading', 50, 100, 500)}`);
    // Within 100 ms of the last draw only the final step is drawn.
    clock = 550;
    printer({type: 'advance', phase: 'Grading', done: 60, total: 100});
    expect(writes).toHaveLength(2);
    printer({type: 'advance', phase: 'Grading', done: 100, total: 100});
    expect(writes).toHaveLength(3);
    printer({type: 'phase', phase: 'Finding duplicates'});
    expect(writes.slice(-2)).toEqual(['\r\u001B[2K', 'Finding duplicates…']);
    printer({type: 'message', level: 'warn', text: 'Gemini said \u001B[31mno'});
    // The escape sequence in the message is stripped, not sent to the terminal.
    expect(writes.slice(-2)).toEqual(['\r\u001B[2K', '! Gemini said no\n']);
    printer.finish();
    // The message cleared the line; nothing is left to clear.
    expect(writes.at(-1)).toBe('! Gemini said no\n');
  });

  it('in a log writes one line per phase and one per tenth of the way', () => {
    const {stream, writes} = fakeStream(false);
    const printer = createProgressPrinter(stream, () => 1000);
    printer({type: 'phase', phase: 'Grading', total: 100});
    for (let done = 1; done <= 100; done++)
      printer({type: 'advance', phase: 'Grading', done, total: 100});
    printer({type: 'phase', phase: 'Finding duplicates'});
    expect(writes[0]).toBe('Grading (100)\n');
    expect(writes.filter((line) => line.startsWith('Grading ['))).toHaveLength(11);
    expect(writes.at(-1)).toBe('Finding duplicates\n');
    expect(writes.join('')).not.toContain('\r');
  });
});

describe('poisoned text (issue 17, defect 5)', () => {
  const poison = '\u001B]52;c;aGVsbG8=\u0007\u001B[2J\u009B31m';

  it('draws a phase name inert in the progress bar as well as in the phase line', () => {
    for (const isTTY of [true, false]) {
      const {stream, writes} = fakeStream(isTTY);
      const printer = createProgressPrinter(stream, () => 1000);
      printer({type: 'phase', phase: `Grading ${poison}`, total: 10});
      printer({type: 'advance', phase: `Grading ${poison}`, done: 10, total: 10});
      const text = writes.join('').replaceAll('\r\u001B[2K', '');
      expect(text).toContain('10/10');
      expect(text).not.toMatch(/[\u001B\u0007\u009B]/);
    }
  });
});
