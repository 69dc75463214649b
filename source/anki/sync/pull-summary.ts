import {countNoun} from '../../text/count-noun.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';
import {DIFFICULTY_TOLERANCE} from './difficulty-check.js';
import type {PullResult} from './pull-service.js';

/** How many disagreeing cards the summary names. */
const NAMED_CARDS = 10;

/** The summary of a pull: lines to print, and warnings (stderr). */
export function pullSummary(result: PullResult): {lines: string[]; warnings: string[]} {
  const lines = [
    `Anki pull: ${result.cards} cards read, ${result.updated} atoms updated (${result.reviewed} with reviews), ${result.conceptsRecomputed} concepts recomputed (${result.requests} requests).`,
    `Due dates: ${result.dueFromAnki} from Anki, ${result.dueFromReplay} from the replay.`,
    `Review log: ${countNoun(result.revlogAdded, 'new entry', 'new entries')} stored (${result.revlogFetched} read).`,
  ];
  const warnings: string[] = [];
  if (result.presetsWithDefaults.length > 0) {
    const names = result.presetsWithDefaults.map((n) => sanitizeTerminalText(n)).join(', ');
    lines.push(
      `FSRS: ${countNoun(result.presets, 'preset')} read; default parameters for ${names} (no FSRS parameters in Anki).`,
    );
  } else if (result.presets > 0) {
    lines.push(`FSRS: ${countNoun(result.presets, 'preset')} read, each with its own parameters.`);
  }
  const check = result.difficultyCheck;
  if (check.compared === 0) {
    lines.push('Difficulty check: no answers logged by FSRS in Anki to compare with.');
  } else {
    lines.push(
      `Difficulty check against Anki's log: ${countNoun(check.compared, 'card')} compared, mean difference ${check.meanDifference.toFixed(4)}, max ${check.maxDifference.toFixed(4)} (0–1 scale).`,
    );
  }
  if (check.mismatches.length > 0) {
    warnings.push(
      `${countNoun(check.mismatches.length, 'card')} differ from Anki's own difficulty by more than ${DIFFICULTY_TOLERANCE} (were the preset's parameters or ANKI_TIMEZONE / ANKI_DAY_STARTS_AT different when Anki logged them?):`,
    );
    for (const m of check.mismatches.slice(0, NAMED_CARDS)) {
      const name = sanitizeTerminalText(m.cardKey ?? `card ${m.cardId}`);
      warnings.push(
        `  ${name} (Anki card ${m.cardId}): replayed ${m.replayed.toFixed(3)}, Anki ${m.anki.toFixed(3)}`,
      );
    }
    if (check.mismatches.length > NAMED_CARDS) {
      warnings.push(`  … and ${check.mismatches.length - NAMED_CARDS} more (see --json).`);
    }
  }
  if (result.linksCleared > 0) {
    warnings.push(
      `${countNoun(result.linksCleared, 'atom')} pointed at a note or card no longer in Anki; the links were cleared (nls sync anki push adds them again).`,
    );
  }
  if (result.unmatched > 0) {
    warnings.push(
      `${result.unmatched} card(s) of NLS note types match no atom (deleted at the source?).`,
    );
  }
  return {lines, warnings};
}
