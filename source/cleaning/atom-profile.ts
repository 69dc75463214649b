import {type AtomType, isAtomType} from '../atom-types.js';

/** Which families of rules make sense for an atom type. */
export interface AtomProfile {
  /** The front is a question: question-form rules and prefix normalisation apply. */
  readonly questionForm: boolean;
  /** The back is free answer text: back length, enumeration, facts and shortness apply to it. */
  readonly answerBack: boolean;
  /** Where one-idea checks (enumeration, multiple facts) look: the side that carries the fact. */
  readonly factSide: 'front' | 'back' | 'none';
  /** Count code lines on the back too (quiz backs are structures, not code to memorise). */
  readonly backCode: boolean;
  /** The front must hold a `{{cN::…}}` deletion. */
  readonly cloze: boolean;
}

// Why these differ:
// - cloze: the fact lives in the front sentence; the back is an optional "extra" field, so back
//   rules would only punish a card for having no extra. Question-form rules do not apply.
// - mcq: the front is a question stem; the back is an options structure (a list by nature, so
//   "enumeration" and back word counts are meaningless).
// - true_false: the front is a statement, not a question, but two facts in it make it ambiguous.
// - matching / parsons: the front is an instruction ("Match…", "Arrange…"); the back is pairs or
//   code lines whose size the quiz limits already govern.
const profiles: Record<AtomType, AtomProfile> = {
  flashcard: {questionForm: true, answerBack: true, factSide: 'back', backCode: true, cloze: false},
  cloze: {questionForm: false, answerBack: false, factSide: 'front', backCode: true, cloze: true},
  mcq: {questionForm: true, answerBack: false, factSide: 'none', backCode: false, cloze: false},
  true_false: {
    questionForm: false,
    answerBack: false,
    factSide: 'front',
    backCode: false,
    cloze: false,
  },
  matching: {
    questionForm: false,
    answerBack: false,
    factSide: 'none',
    backCode: false,
    cloze: false,
  },
  parsons: {
    questionForm: false,
    answerBack: false,
    factSide: 'none',
    backCode: false,
    cloze: false,
  },
};

/** The rule profile for an atom type (anything but the six known types is graded as a flashcard). */
export function atomProfile(atomType: string): AtomProfile {
  return isAtomType(atomType) ? profiles[atomType] : profiles.flashcard;
}
