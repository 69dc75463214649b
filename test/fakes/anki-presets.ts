/**
 * Deck presets as AnkiConnect's `getDeckConfig` returns them: `collection.decks.confForDid(did)`
 * (FooSoft/anki-connect plugin/__init__.py), which is Anki's legacy JSON of a preset —
 * `DeckConfSchema11` in ankitects/anki rslib/src/deckconfig/schema11.rs (camelCase keys; FSRS-4.5
 * parameters under `fsrsWeights`, FSRS-5 under `fsrsParams5`, FSRS-6 under `fsrsParams6`, each
 * `[]` until optimised). A filtered deck's "config" is the deck itself (`dyn: true`, pylib
 * decks.py `config_dict_for_deck_id`), and an unknown deck gives `false`.
 */

/** One preset in the fake, in `getDeckConfig`'s shape. */
export type FakePreset = Record<string, unknown> & {id: number; name: string};

/** A preset with Anki's defaults (`impl Default for DeckConfSchema11`), FSRS fields empty. */
export function defaultPreset(id: number, name: string): FakePreset {
  return {
    id,
    mod: 0,
    name,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    new: {
      bury: false,
      delays: [1.0, 10.0],
      initialFactor: 2500,
      ints: [1, 4, 0],
      order: 1,
      perDay: 20,
    },
    rev: {bury: false, ease4: 1.3, ivlFct: 1.0, maxIvl: 36500, perDay: 200, hardFactor: 1.2},
    lapse: {delays: [10.0], leechAction: 1, leechFails: 8, minInt: 1, mult: 0.0},
    dyn: false,
    newMix: 0,
    newPerDayMinimum: 0,
    interdayLearningMix: 0,
    reviewOrder: 0,
    newSortOrder: 0,
    newGatherPriority: 0,
    buryInterdayLearning: false,
    fsrsWeights: [],
    fsrsParams5: [],
    fsrsParams6: [],
    desiredRetention: 0.9,
    ignoreRevlogsBeforeDate: '',
    easyDaysPercentages: [1, 1, 1, 1, 1, 1, 1],
    stopTimerOnAnswer: false,
    secondsToShowQuestion: 0.0,
    secondsToShowAnswer: 0.0,
    questionAction: 0,
    answerAction: 0,
    waitForAudio: true,
    sm2Retention: 0.9,
    weightSearch: '',
  };
}

/** The FSRS parameters Anki would use for a preset (`DeckConfig::fsrs_params`), or [] for none. */
export function presetParams(preset: FakePreset): number[] {
  for (const key of ['fsrsParams6', 'fsrsParams5', 'fsrsWeights']) {
    const value = preset[key];
    if (Array.isArray(value) && value.length > 0) return value as number[];
  }
  return [];
}

/** A filtered deck's own dict, which `confForDid` returns in place of a preset (pylib decks.py). */
export function filteredDeckDict(name: string, id: number): Record<string, unknown> {
  return {
    id,
    name,
    dyn: 1,
    mod: 0,
    usn: -1,
    resched: true,
    terms: [['deck:NLS', 100, 0]],
    delays: null,
    previewDelay: 10,
    collapsed: false,
    desc: '',
  };
}
