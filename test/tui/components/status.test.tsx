import {afterEach, describe, expect, it} from 'vitest';
import {
  BarChart,
  renderHorizontalBars,
  renderVerticalBars,
} from '../../../source/components/bar-chart.js';
import {ErrorLine} from '../../../source/components/error-line.js';
import {
  estimateEta,
  formatDuration,
  ProgressLine,
} from '../../../source/components/progress-line.js';
import {Spinner} from '../../../source/components/spinner.js';
import {StatusBar} from '../../../source/components/status-bar.js';
import {createTheme, isNoColorRequested} from '../../../source/theme.js';
import {cleanup, renderTui} from '../../helpers/render.js';

afterEach(cleanup);

describe('BarChart', () => {
  const forecast = [
    {label: 'Mo', value: 8},
    {label: 'Tu', value: 4},
    {label: 'We', value: 0},
    {label: 'Th', value: 1},
  ];

  it('draws horizontal bars scaled to the largest value, with eighth blocks', () => {
    expect(renderHorizontalBars(forecast, 8)).toEqual([
      'Mo ████████ 8',
      'Tu ████     4',
      'We          0',
      'Th █        1',
    ]);
    expect(
      renderHorizontalBars(
        [
          {label: 'a', value: 3},
          {label: 'b', value: 16},
        ],
        2,
      ),
    ).toEqual(['a ▍  3', 'b ██ 16']);
  });

  it('draws vertical bars with values above and labels below', () => {
    expect(renderVerticalBars(forecast, 2)).toEqual([
      ' 8  4  0  1',
      '██         ',
      '██ ██    ▂▂',
      'Mo Tu We Th',
    ]);
  });

  it('renders a 14-day forecast as a component, all zeros included', () => {
    const days = Array.from({length: 14}, (_, day) => ({label: String(day + 1), value: day % 5}));
    const {lines} = renderTui(<BarChart bars={days} orientation="vertical" height={4} />);
    expect(lines()).toHaveLength(6);
    expect(lines()[5]).toBe(' 1  2  3  4  5  6  7  8  9 10 11 12 13 14');
    const empty = renderTui(<BarChart bars={[{label: 'x\u001B[2J', value: 0}]} width={4} />);
    expect(empty.lines()).toEqual(['x      0']);
  });
});

describe('status line components', () => {
  it('StatusBar joins segments and pushes the right side to the edge', () => {
    const {lines} = renderTui(
      <StatusBar
        left={[{text: 'embedded db'}, {text: 'last sync 5 min ago', tone: 'muted'}]}
        right={[{text: '3 pending reviews\u001B]0;x\u0007', tone: 'warning'}]}
      />,
    );
    const line = lines()[0] ?? '';
    expect(line.startsWith('embedded db │ last sync 5 min ago ')).toBe(true);
    expect(line.endsWith(' 3 pending reviews')).toBe(true);
    expect(line).toHaveLength(100);
  });

  it('ErrorLine shows the problem and the fix, sanitised', () => {
    const {lines} = renderTui(
      <ErrorLine
        message={'AnkiConnect is not reachable\u001B[2J at http://127.0.0.1:8765'}
        hint="Start Anki with AnkiConnect, or set ANKI_CONNECT_URL"
      />,
    );
    expect(lines()).toEqual([
      '✗ AnkiConnect is not reachable at http://127.0.0.1:8765',
      '→ Start Anki with AnkiConnect, or set ANKI_CONNECT_URL',
    ]);
  });

  it('ProgressLine shows bar, counts, rate and a derived ETA', () => {
    const {frame} = renderTui(
      <ProgressLine label="Notion pages" done={120} total={400} rate={14} barWidth={10} />,
    );
    expect(frame()).toBe('Notion pages ███░░░░░░░ 120/400 30% 14.0/s  ETA 0:20');
    const open = renderTui(<ProgressLine label="Anki notes" done={42} />);
    expect(open.frame()).toBe('Anki notes 42');
  });

  it('formats durations and estimates what it can', () => {
    expect([0, 59.6, 61, 3600, 3725].map(formatDuration)).toEqual([
      '0:00',
      '1:00',
      '1:01',
      '1:00:00',
      '1:02:05',
    ]);
    expect(estimateEta({label: '', done: 5, total: 10, rate: 0})).toBeUndefined();
    expect(estimateEta({label: '', done: 5, total: 10, etaSeconds: 3})).toBe(3);
  });

  it('Spinner draws the given frame', () => {
    expect(renderTui(<Spinner label="Loading" frame={1} />).frame()).toBe('⠙ Loading');
    expect(renderTui(<Spinner label="Loading" frame={10} />).frame()).toBe('⠋ Loading');
  });
});

describe('theme', () => {
  it('turns every colour off with noColor', () => {
    expect(Object.values(createTheme({noColor: true}).colors).every((c) => c === undefined)).toBe(
      true,
    );
    expect(createTheme({palette: {accent: 'magenta'}}).colors.accent).toBe('magenta');
  });

  it('honours NO_COLOR (non-empty) and TERM=dumb', () => {
    expect(isNoColorRequested({NO_COLOR: '1'})).toBe(true);
    expect(isNoColorRequested({NO_COLOR: ''})).toBe(false);
    expect(isNoColorRequested({TERM: 'dumb'})).toBe(true);
    expect(isNoColorRequested({TERM: 'xterm-256color'})).toBe(false);
  });
});
