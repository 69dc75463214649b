import {afterEach, describe, expect, it} from 'vitest';
import {renderTableLines, Table} from '../../../source/components/table.js';
import {displayWidth} from '../../../source/components/text-width.js';
import {cleanup, renderTui} from '../../helpers/render.js';

afterEach(cleanup);

const columns = [
  {key: 'name', header: 'Concept'},
  {key: 'atoms', header: 'Atoms', align: 'right' as const},
];

describe('Table', () => {
  it('draws borders and aligns columns by display width, CJK included', () => {
    const {lines} = renderTui(
      <Table
        columns={columns}
        rows={[
          {name: 'Recursion', atoms: 12},
          {name: '再帰関数', atoms: 7},
          {name: 'Café', atoms: 1234},
        ]}
      />,
    );
    expect(lines()).toEqual([
      '┌───────────┬───────┐',
      '│ Concept   │ Atoms │',
      '├───────────┼───────┤',
      '│ Recursion │    12 │',
      '│ 再帰関数  │     7 │',
      '│ Café      │  1234 │',
      '└───────────┴───────┘',
    ]);
    for (const line of lines()) expect(displayWidth(line)).toBe(21);
  });

  it('cuts cells at maxWidth with an ellipsis and shows empty cells for null', () => {
    const lines = renderTableLines(
      [{key: 'text', header: 'Front', maxWidth: 6}],
      [{text: 'A very long question'}, {text: null}, {text: '日本語の文章'}],
    );
    expect(lines.slice(3, 6)).toEqual(['│ A ver… │', '│        │', '│ 日本…  │']);
  });

  it('renders escape sequences in cells as inert text', () => {
    const {frame, lastFrame} = renderTui(
      <Table
        columns={[{key: 'front', header: 'Front'}]}
        rows={[
          {front: 'clear\u001B[2Jscreen'},
          {front: 'copy\u001B]52;c;aGVsbG8=\u0007me'},
          {front: 'title\u001B]0;pwned\u0007set'},
        ]}
      />,
    );
    const raw = lastFrame() ?? '';
    expect(raw).not.toContain('\u001B]');
    expect(raw).not.toContain('\u001B[2J');
    expect(raw).not.toContain('\u0007');
    expect(frame()).toContain('│ clearscreen │');
    expect(frame()).toContain('│ copyme      │');
    expect(frame()).toContain('│ titleset    │');
    expect(frame()).not.toContain('pwned');
  });
});
