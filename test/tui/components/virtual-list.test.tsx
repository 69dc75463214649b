import {Text} from 'ink';
import {afterEach, describe, expect, it} from 'vitest';
import {ListRow} from '../../../source/components/list-row.js';
import {TreeRow} from '../../../source/components/tree-row.js';
import {flattenTree, type TreeNode} from '../../../source/components/tree-rows.js';
import {listWindow, VirtualList} from '../../../source/components/virtual-list.js';
import {cleanup, renderTui} from '../../helpers/render.js';

afterEach(cleanup);

describe('listWindow', () => {
  it.each([
    {selectedIndex: 0, window: {start: 0, end: 5}},
    {selectedIndex: 50, window: {start: 48, end: 53}},
    {selectedIndex: 99, window: {start: 95, end: 100}},
    {selectedIndex: 500, window: {start: 95, end: 100}},
  ])('centres the selection when it can ($selectedIndex)', ({selectedIndex, window}) => {
    expect(listWindow({total: 100, height: 5, selectedIndex})).toEqual(window);
  });

  it('moves a sticky offset only as far as needed', () => {
    expect(listWindow({total: 100, height: 5, selectedIndex: 12, scrollOffset: 10})).toEqual({
      start: 10,
      end: 15,
    });
    expect(listWindow({total: 100, height: 5, selectedIndex: 15, scrollOffset: 10}).start).toBe(11);
    expect(listWindow({total: 100, height: 5, selectedIndex: 3, scrollOffset: 10}).start).toBe(3);
    expect(listWindow({total: 3, height: 5, selectedIndex: 2, scrollOffset: 7})).toEqual({
      start: 0,
      end: 3,
    });
  });
});

describe('VirtualList', () => {
  const items = Array.from({length: 100_000}, (_, i) => `atom ${i}`);
  const rows = (selectedIndex: number) => (
    <VirtualList
      items={items}
      height={5}
      selectedIndex={selectedIndex}
      renderItem={(item, _index, isSelected) => <ListRow isSelected={isSelected}>{item}</ListRow>}
    />
  );

  it('renders only the visible window of 100,000 items', () => {
    let rendered = 0;
    const {lines} = renderTui(
      <VirtualList
        items={items}
        height={5}
        selectedIndex={70_000}
        renderItem={(item) => {
          rendered++;
          return <Text>{item}</Text>;
        }}
      />,
    );
    expect(lines()).toEqual(['atom 69998', 'atom 69999', 'atom 70000', 'atom 70001', 'atom 70002']);
    expect(rendered).toBe(5);
  });

  // Scrolling speed over 100,000 rows is a bench row (bench/tui.bench.ts), not a timed test.
  it('scrolls anywhere in 100,000 items, drawing only the visible rows', () => {
    const scroll = (list: readonly string[]) => {
      const view = (selectedIndex: number) => (
        <VirtualList
          items={list}
          height={5}
          selectedIndex={selectedIndex}
          renderItem={(item, _index, isSelected) => (
            <ListRow isSelected={isSelected}>{item}</ListRow>
          )}
        />
      );
      const {update, lines, unmount} = renderTui(view(0));
      for (let step = 1; step <= 60; step++) update(view((step * 1667) % list.length));
      const last = lines();
      unmount();
      return last;
    };
    const selected = (60 * 1667) % 100_000;
    const last = scroll(items);
    expect(last).toHaveLength(5);
    expect(last).toContain(`› atom ${selected}`);
  });

  it('marks the selected row so it reads without colour', () => {
    const {lines} = renderTui(rows(1));
    expect(lines()).toEqual(['  atom 0', '› atom 1', '  atom 2', '  atom 3', '  atom 4']);
  });

  it('shows an empty text for no items', () => {
    const {frame} = renderTui(
      <VirtualList
        items={[]}
        height={3}
        selectedIndex={0}
        renderItem={() => null}
        emptyText="No atoms"
      />,
    );
    expect(frame()).toBe('No atoms');
  });
});

describe('tree rows', () => {
  const tree: TreeNode[] = [
    {
      id: 'cs',
      label: 'Computer science',
      children: [
        {id: 'algo', label: 'Algorithms', children: [{id: 'rec', label: 'Recursion\u001B[2J'}]},
        {id: 'ds', label: 'Data structures', children: [{id: 'heap', label: 'Heap'}]},
      ],
    },
    {id: 'math', label: 'Maths', children: [{id: 'sets', label: 'Sets'}]},
  ];

  it('flattens only expanded branches, with depth and parent', () => {
    const rows = flattenTree(tree, new Set(['cs', 'algo']));
    expect(rows.map((row) => [row.node.id, row.depth, row.isExpanded, row.parentId])).toEqual([
      ['cs', 0, true, undefined],
      ['algo', 1, true, 'cs'],
      ['rec', 2, false, 'algo'],
      ['ds', 1, false, 'cs'],
      ['math', 0, false, undefined],
    ]);
  });

  it('draws indentation, ▸/▾ markers and a selection marker', () => {
    const rows = flattenTree(tree, new Set(['cs', 'algo']));
    const {lines} = renderTui(
      <VirtualList
        items={rows}
        height={10}
        selectedIndex={2}
        getKey={(row) => row.node.id}
        renderItem={(row, _index, isSelected) => (
          <TreeRow
            depth={row.depth}
            label={row.node.label}
            hasChildren={row.hasChildren}
            isExpanded={row.isExpanded}
            isSelected={isSelected}
            detail={row.hasChildren ? `${row.node.children?.length} items` : undefined}
          />
        )}
      />,
    );
    expect(lines()).toEqual([
      '  ▾ Computer science 2 items',
      '    ▾ Algorithms 1 items',
      '›       Recursion',
      '    ▸ Data structures 1 items',
      '  ▸ Maths 1 items',
    ]);
  });
});
