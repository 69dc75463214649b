import {afterEach, describe, expect, it} from 'vitest';
import {formatWordDiff, WordDiff} from '../../../source/components/word-diff.js';
import {diffWords} from '../../../source/text/word-diff.js';
import {createTheme} from '../../../source/theme.js';
import {cleanup, renderTui} from '../../helpers/render.js';

afterEach(cleanup);

const segments = diffWords('What does a heap store?', 'What does a min-heap keep at its root?');

describe('WordDiff', () => {
  it('reads without colour: [-deleted-]{+inserted+} markers', () => {
    const {frame} = renderTui(<WordDiff segments={segments} />, {
      theme: createTheme({noColor: true}),
    });
    expect(frame()).toBe('What does a {+min-+}heap [-store-]{+keep at its root+}?');
  });

  it('drops the markers when colour carries the change', () => {
    const {frame} = renderTui(<WordDiff segments={segments} />, {theme: createTheme()});
    expect(frame()).toBe('What does a min-heap storekeep at its root?');
  });

  it('can force markers with colour on', () => {
    const {frame} = renderTui(<WordDiff segments={segments} showMarkers />, {theme: createTheme()});
    expect(frame()).toContain('[-store-]');
  });

  it('renders escape sequences in a rewrite as inert text, keeping line breaks', () => {
    const text = formatWordDiff(
      diffWords('front', 'front\u001B]0;pwned\u0007\nback\u001B]52;c;aGVsbG8=\u0007'),
    );
    expect(text).not.toMatch(/[\u001B\u0007]/);
    expect(text).toContain('\n');
    expect(text).toMatch(/^front\{\+/);
  });
});
