import {describe, expect, it} from 'vitest';
import {
  ACTION_IDS,
  defaultKeymap as actions,
  bindingsTable,
} from '../../../source/keymap/keymap.js';
import {
  KEYMAP_END,
  KEYMAP_START,
  replaceKeymapSection,
} from '../../../source/keymap/write-readme-table.js';

describe('bindingsTable', () => {
  it('renders one markdown row per action under a header', () => {
    const lines = bindingsTable().trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['| Scope | Keys | Action |', '| --- | --- | --- |']);
    expect(lines).toHaveLength(ACTION_IDS.length + 2);
    expect(lines).toContain('| global | `q` `ctrl+c` | Quit nls |');
    expect(lines).toContain('| list | `j` `↓` | Select next row |');
    expect(lines).toContain('| quiz-mcq | `1-9` | Toggle option number n |');
    expect(lines).toContain(
      `| review | \`A\` | ${actions['review.approve-marked'].description} (asks to confirm) |`,
    );
  });
});

describe('replaceKeymapSection', () => {
  const readme = `# nls\n\n## Keys\n\n${KEYMAP_START}\nold table\n${KEYMAP_END}\n\n## Next\n`;

  it('replaces only the text between the markers', () => {
    expect(replaceKeymapSection(readme, '| a | b |\n')).toBe(
      `# nls\n\n## Keys\n\n${KEYMAP_START}\n\n| a | b |\n\n${KEYMAP_END}\n\n## Next\n`,
    );
  });

  it('is idempotent, so a second run leaves the README unchanged', () => {
    const once = replaceKeymapSection(readme);
    expect(replaceKeymapSection(once)).toBe(once);
    expect(once).toContain(bindingsTable().trimEnd());
  });

  it('refuses a README without markers', () => {
    expect(() => replaceKeymapSection('# nls\n', 'x')).toThrow(/keymap:start/);
    expect(() => replaceKeymapSection(`${KEYMAP_END}\n${KEYMAP_START}`, 'x')).toThrow();
  });
});
