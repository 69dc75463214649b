import {afterEach, describe, expect, it} from 'vitest';
import {
  CommandPalette,
  filterCommands,
  type PaletteCommand,
} from '../../../source/components/command-palette.js';
import {ConfirmDialog} from '../../../source/components/confirm-dialog.js';
import {FooterHints} from '../../../source/components/footer-hints.js';
import {HelpOverlay} from '../../../source/components/help-overlay.js';
import {filterHelpEntries, helpEntries} from '../../../source/keymap/help-entries.js';
import {
  type ActionId,
  defaultKeymap,
  formatKeys,
  SCOPE_STACKS,
} from '../../../source/keymap/keymap.js';
import {cleanup, renderTui} from '../../helpers/render.js';

afterEach(cleanup);

describe('HelpOverlay', () => {
  it('lists the bindings of the given scopes with a count', () => {
    const {frame} = renderTui(<HelpOverlay query="" scopes={['review']} height={20} />);
    expect(frame()).toContain('Keys (11 of 11)');
    expect(frame()).toContain('│ › a     Approve the rewrite review ');
    expect(frame()).toContain('│   space Mark or unmark the item for a bulk action review ');
    expect(frame()).toContain('│   A     Approve every marked item review ');
  });

  it('filters by every typed word', () => {
    const {lines} = renderTui(<HelpOverlay query="marked rej" scopes={SCOPE_STACKS.review} />);
    const inner = lines().map((line) => line.replace(/^│ (.*?) *│$/, '$1'));
    expect(inner.slice(1, -1)).toEqual([
      `Keys (1 of ${helpEntries(defaultKeymap, SCOPE_STACKS.review).length})`,
      '/ marked rej▏',
      '› R    Reject every marked item review',
    ]);
  });

  it('filters by key with @ and says when nothing matches', () => {
    const byKey = filterHelpEntries(helpEntries(defaultKeymap), '@enter').map((entry) => entry.id);
    expect(byKey).toEqual([
      'list.open',
      'tree.detail',
      'review-edit.save',
      'quiz.submit',
      'quiz-feedback.next',
      'palette.run',
    ]);
    const {frame} = renderTui(<HelpOverlay query="zzzz" />);
    expect(frame()).toContain('No key matches the filter');
  });
});

// Palette entries for keymap actions, titled by their descriptions (the app's palette mixes these
// with screens and concepts; the component only sees PaletteCommands).
function commandsFromActions(ids: readonly ActionId[]): PaletteCommand[] {
  return ids.map((id) => ({
    id,
    title: defaultKeymap[id].description,
    keys: formatKeys(defaultKeymap, id),
  }));
}

describe('CommandPalette', () => {
  const commands = commandsFromActions([
    'sync.notion-incremental',
    'sync.notion-full',
    'sync.anki-push',
    'sync.anki-pull',
  ]);

  it('filters commands, titles starting with the query first', () => {
    expect(filterCommands(commands, 'pull').map((command) => command.id)).toEqual([
      'sync.anki-pull',
    ]);
    expect(filterCommands(commands, 'push').map((command) => command.title)).toEqual([
      'Push flashcards and clozes to Anki',
    ]);
    expect(filterCommands(commands, 'notion').map((command) => command.id)).toEqual([
      'sync.notion-incremental',
      'sync.notion-full',
    ]);
  });

  it('shows the input and the matching commands with their keys', () => {
    const {lines} = renderTui(
      <CommandPalette query="anki" commands={filterCommands(commands, 'anki')} selectedIndex={1} />,
    );
    const text = lines().join('\n');
    expect(text).toContain(': anki');
    expect(text).toMatch(/ {2}Push flashcards and clozes to Anki +p/);
    expect(text).toMatch(/› Pull review state \(FSRS\) from Anki +P/);
  });
});

describe('FooterHints and ConfirmDialog', () => {
  it('renders the hints of the active stack from the keymap', () => {
    const {frame} = renderTui(<FooterHints scopes={SCOPE_STACKS.review} />);
    expect(frame()).toBe(
      'a approve  r reject  e edit  E $EDITOR  n note  space mark  A approve marked  R reject marked',
    );
  });

  it('leaves out hints that do not fit', () => {
    const wide = renderTui(<FooterHints scopes={SCOPE_STACKS['quiz-feedback']} width={31} />);
    expect(wide.frame()).toBe('1 again  2 hard  3 good  4 easy');
    const narrow = renderTui(<FooterHints scopes={SCOPE_STACKS['quiz-feedback']} width={30} />);
    expect(narrow.frame()).toBe('1 again  2 hard  3 good');
  });

  it('asks before a dangerous action, with keys from the confirm scope', () => {
    const {lines} = renderTui(
      <ConfirmDialog
        title="Reject 12 marked items?"
        message={'This cannot be redone.\nUndo with z.'}
        isDangerous
      />,
    );
    expect(lines()).toEqual([
      '╭───────────────────────────╮',
      '│ ! Reject 12 marked items? │',
      '│ This cannot be redone.    │',
      '│ Undo with z.              │',
      '│ y yes   n/esc no          │',
      '╰───────────────────────────╯',
    ]);
  });
});
