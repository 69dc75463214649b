import type {Database} from '../../db/connection.js';
import {
  findQuizAnswerHistories,
  findQuizParams,
  saveQuizParams,
} from '../../db/quiz-params-rows.js';
import {findRevlogOfCards} from '../../db/revlog-rows.js';
import {UserError} from '../../errors.js';
import type {ProgressListener} from '../../progress/progress-events.js';
import {type AnkiDayRule, DEFAULT_ANKI_DAY, nextDayStart} from '../anki-day.js';
import type {AnkiClient} from '../client.js';
import type {FsrsPreset} from '../fsrs-preset.js';
import {quizTrainingHistories, trainingHistories} from '../fsrs-training.js';
import {readCardsInfo} from '../sync/batched-reads.js';
import {NLS_NOTES_QUERY} from '../sync/push-service.js';
import {readDeckPresets} from '../sync/read-presets.js';
import {type FitOutcome, fitParameters} from './fit-parameters.js';

/** Options for {@link optimizePresets}. */
export interface OptimizeOptions {
  now: Date;
  url: string;
  day?: AnkiDayRule | undefined;
  /** Only this preset (by name); default: every preset nls's cards use. */
  presetName?: string | undefined;
  onProgress: ProgressListener;
}

/** One preset's fit. */
export interface PresetFit {
  preset: FsrsPreset;
  /** A deck that uses the preset (to read and write it back with getDeckConfig/saveDeckConfig). */
  deckName: string;
  cards: number;
  outcome: FitOutcome;
}

interface PresetGroup {
  preset: FsrsPreset;
  deckName: string;
  cardIds: number[];
}

async function groupByPreset(client: AnkiClient, url: string): Promise<PresetGroup[]> {
  const cards = await readCardsInfo(client, await client.findCards(NLS_NOTES_QUERY), {url});
  const presets = await readDeckPresets(
    client,
    cards.map((card) => card.deckName),
  );
  const groups = new Map<FsrsPreset, PresetGroup>();
  for (const card of cards) {
    const preset = presets.presetOf(card.deckName);
    // A card in a filtered deck: its home preset is unknown to AnkiConnect, so it is left out.
    if (preset.filtered || preset.id === null) continue;
    let group = groups.get(preset);
    if (group === undefined) {
      group = {preset, deckName: card.deckName, cardIds: []};
      groups.set(preset, group);
    }
    group.cardIds.push(card.cardId);
  }
  return [...groups.values()].sort((a, b) => a.preset.name.localeCompare(b.preset.name));
}

/**
 * Fits FSRS-6 parameters per Anki preset to the stored review log of nls's cards (as Anki fits
 * per preset, never per deck), with Anki's days; presets come from the decks the cards are in.
 */
export async function optimizePresets(
  db: Database,
  client: AnkiClient,
  options: OptimizeOptions,
): Promise<PresetFit[]> {
  options.onProgress({type: 'phase', phase: 'Reading cards and presets from Anki'});
  let groups = await groupByPreset(client, options.url);
  if (options.presetName !== undefined) {
    const names = groups.map((g) => g.preset.name);
    groups = groups.filter((g) => g.preset.name === options.presetName);
    if (groups.length === 0) {
      throw new UserError(`No preset named "${options.presetName}" holds nls's cards.`, {
        hint: `Presets in use: ${names.join(', ') || 'none (run nls sync anki push first)'}.`,
      });
    }
  }
  const nextDayAt = nextDayStart(options.now, options.day ?? DEFAULT_ANKI_DAY);
  const fits: PresetFit[] = [];
  for (const group of groups) {
    const reviews = await findRevlogOfCards(db.sql, group.cardIds);
    const histories = trainingHistories(reviews.values(), {
      nextDayAt,
      ignoreBeforeMs: group.preset.ignoreBeforeMs ?? 0,
    });
    const phase = `Fitting FSRS parameters for ${group.preset.name}`;
    options.onProgress({type: 'phase', phase});
    const outcome = await fitParameters(histories, group.preset.params, {
      onProgress: (done, total) => options.onProgress({type: 'advance', phase, done, total}),
    });
    fits.push({
      preset: group.preset,
      deckName: group.deckName,
      cards: group.cardIds.length,
      outcome,
    });
  }
  return fits;
}

/**
 * Writes fitted parameters to a preset: reads the preset afresh (`getDeckConfig` of a deck that
 * uses it), replaces `fsrsParams6` only, and saves the whole preset (`saveDeckConfig`), so every
 * other field stays as Anki had it.
 */
export async function applyParameters(
  client: AnkiClient,
  fit: PresetFit,
  params: readonly number[],
): Promise<void> {
  const config = await client.invoke<unknown>('getDeckConfig', {deck: fit.deckName});
  const id = typeof config === 'object' && config !== null ? (config as {id?: unknown}).id : null;
  if (Number(id) !== fit.preset.id) {
    throw new UserError(`The preset of deck "${fit.deckName}" changed while fitting.`, {
      hint: 'Run nls fsrs optimize again.',
    });
  }
  const rounded = params.map((value) => Math.round(value * 10_000) / 10_000);
  const saved = await client.invoke<boolean>('saveDeckConfig', {
    config: {...(config as Record<string, unknown>), fsrsParams6: rounded},
  });
  if (saved !== true) {
    throw new UserError(`Anki did not save the preset "${fit.preset.name}".`, {
      hint: 'Check that the preset still exists in Anki (Deck options), then run it again.',
    });
  }
}

/** The quiz items' own fit: parameters from quiz answers (never mixed with Anki's history). */
export interface QuizFit {
  items: number;
  outcome: FitOutcome;
}

/** Fits FSRS parameters to the stored quiz answers, against the saved quiz parameters. */
export async function optimizeQuizItems(
  db: Database,
  onProgress: ProgressListener,
): Promise<QuizFit> {
  const answers = await findQuizAnswerHistories(db.sql);
  const histories = quizTrainingHistories(answers);
  const phase = 'Fitting FSRS parameters for quiz items';
  onProgress({type: 'phase', phase});
  const outcome = await fitParameters(histories, (await findQuizParams(db.sql)) ?? [], {
    onProgress: (done, total) => onProgress({type: 'advance', phase, done, total}),
  });
  return {items: answers.length, outcome};
}

/** Saves a quiz fit's parameters; quiz scheduling uses them from the next session on. */
export async function applyQuizParameters(db: Database, fit: QuizFit): Promise<void> {
  if (fit.outcome.status !== 'fitted') return;
  await saveQuizParams(db.sql, {
    params: fit.outcome.fitted,
    reviewCount: fit.outcome.reviewCount,
    logLoss: fit.outcome.fittedEvaluation.logLoss,
  });
}
