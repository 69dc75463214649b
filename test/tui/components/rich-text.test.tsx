import chalk from 'chalk';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {RichInline, RichText} from '../../../source/components/rich-text.js';
import {createTheme} from '../../../source/theme.js';
import {cleanup, renderTui} from '../../helpers/render.js';

afterEach(cleanup);

// chalk, which Ink styles text with, sees the test runner's pipes and turns styles off; at
// level 1 it writes the SGR codes a 16-colour terminal gets, so the frames show the styles.
const savedLevel = chalk.level;
beforeAll(() => {
  chalk.level = 1;
});
afterAll(() => {
  chalk.level = savedLevel;
});

const card =
  'TCP is **reliable**, *ordered*, ~~lossy~~; `connect()`, $W = 2^{16}$, [RFC](https://e.org/r).';

// SGR codes Ink (chalk) writes: bold 1, italic 3, underline 4, strikethrough 9, and their resets.
const sgr = {bold: '\u001B[1m', italic: '\u001B[3m', underline: '\u001B[4m', strike: '\u001B[9m'};

describe('RichText', () => {
  it('styles bold, italic, strikethrough, code and links with colour on', () => {
    const view = renderTui(<RichText markdown={card} />, {theme: createTheme()});
    const raw = view.lastFrame() ?? '';
    expect(raw).toContain(`${sgr.bold}reliable`);
    expect(raw).toContain(`${sgr.italic}ordered`);
    expect(raw).toContain(`${sgr.strike}lossy`);
    expect(raw).toContain(`${sgr.underline}RFC`);
    expect(raw).toMatch(/\u001B\[36mconnect\(\)/);
    expect(view.frame()).toBe(
      'TCP is reliable, ordered, lossy; connect(), $W = 2^{16}$, RFC <https://e.org/r>.',
    );
  });

  it('marks the same formatting with text under NO_COLOR', () => {
    const view = renderTui(<RichText markdown={card} />, {theme: createTheme({noColor: true})});
    const raw = view.lastFrame() ?? '';
    expect(raw).not.toContain('\u001B[');
    expect(view.frame()).toBe(
      'TCP is **reliable**, _ordered_, ~~lossy~~; `connect()`, $W = 2^{16}$, RFC <https://e.org/r>.',
    );
  });

  it('shows a code block under its language and block math between $$', () => {
    const markdown =
      'Open a socket:\n```python\ns = socket()\n    s.connect(addr)\n```\n$$\nE = mc^2\n$$\nDone.';
    const view = renderTui(<RichText markdown={markdown} />);
    expect(view.lines()).toEqual([
      'Open a socket:',
      '┌ python',
      '│ s = socket()',
      '│     s.connect(addr)',
      '$$',
      'E = mc^2',
      '$$',
      'Done.',
    ]);
  });

  it('lets no escape sequence from a URL, a code span or a code block reach the terminal', () => {
    const evil =
      '[click](https://e.org/\u001B]52;c;aGVsbG8=\u0007x) and `rm \u001B[2J -rf` then\n```sh\necho \u001B]0;pwned\u0007 hi\n```';
    for (const theme of [createTheme(), createTheme({noColor: true})]) {
      const view = renderTui(<RichText markdown={evil} />, {theme});
      const raw = view.lastFrame() ?? '';
      expect(raw).not.toContain('\u001B]');
      expect(raw).not.toContain('\u001B[2J');
      expect(raw).not.toContain('\u0007');
      expect(raw).not.toContain('pwned');
      expect(view.frame()).toContain('rm  -rf');
      view.unmount();
    }
  });

  it('renders one line for list rows and options', () => {
    const view = renderTui(<RichInline markdown={'**TCP**\nand *UDP*'} />);
    expect(view.frame()).toBe('**TCP** and _UDP_');
  });
});
