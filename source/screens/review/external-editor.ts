import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {CardText} from '../../review/review-types.js';

const marker = /^== card (\d+) (front|back) ==$/;

/** The temp-file text for cards: `== card N front ==` / `== card N back ==` sections. */
export function formatCardsForEditor(cards: readonly CardText[]): string {
  const lines = [
    '# Edit the card text below; lines starting with # are ignored.',
    '# Keep the == markers. Save and quit to apply; delete everything to cancel.',
  ];
  cards.forEach((card, index) => {
    lines.push(`== card ${index + 1} front ==`, card.front);
    lines.push(`== card ${index + 1} back ==`, card.back ?? '');
  });
  return `${lines.join('\n')}\n`;
}

/** Reads the edited file back; null when it was emptied (cancel) or its markers are gone. */
export function parseEditedCards(text: string, count: number): CardText[] | null {
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#')) continue;
    const match = marker.exec(line.trim());
    if (match) {
      current = [];
      sections.set(`${match[1]}:${match[2]}`, current);
    } else current?.push(line);
  }
  if (sections.size === 0) return null;
  const cards: CardText[] = [];
  for (let n = 1; n <= count; n++) {
    const front = sections.get(`${n}:front`)?.join('\n').trim();
    if (front === undefined || front === '') return null;
    const back = sections.get(`${n}:back`)?.join('\n').trim() ?? '';
    cards.push({front, back: back === '' ? null : back});
  }
  return cards;
}

/** The outcome of an external edit. */
export type ExternalEditResult =
  | {kind: 'edited'; cards: CardText[]}
  | {kind: 'cancelled'}
  | {kind: 'failed'; message: string};

/**
 * Opens `editor` (a command, possibly with arguments, e.g. `code -w`) on a temp file holding the
 * cards and waits for it. The caller must hand the terminal over first (raw mode off).
 */
export function editCardsExternally(
  editor: string,
  cards: readonly CardText[],
): ExternalEditResult {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nls-review-'));
  const file = path.join(dir, 'cards.txt');
  try {
    writeFileSync(file, formatCardsForEditor(cards), {mode: 0o600});
    const [command, ...args] = editor.trim().split(/\s+/);
    if (!command) return {kind: 'failed', message: 'EDITOR is empty'};
    const result = spawnSync(command, [...args, file], {stdio: 'inherit'});
    if (result.error) return {kind: 'failed', message: `${command}: ${result.error.message}`};
    if (result.status !== 0) return {kind: 'failed', message: `${command} exited ${result.status}`};
    const edited = parseEditedCards(readFileSync(file, 'utf8'), cards.length);
    return edited ? {kind: 'edited', cards: edited} : {kind: 'cancelled'};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
