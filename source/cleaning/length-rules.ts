import type {Finding, QualityRule} from './rule-types.js';

const found = (issue: string, recommendation: string): Finding => ({issue, recommendation});

/** Size rules: words, characters and code lines against the thresholds. */
export const LENGTH_RULES: readonly QualityRule[] = [
  {
    rule: 'FRONT_TOO_LONG',
    penalty: 30,
    atomicity: 'split',
    check: ({frontWords: n, t}) =>
      n > t.frontWordsMax
        ? found(
            `Front too long (${n} words > ${t.frontWordsMax})`,
            `Front has ${n} words (max: ${t.frontWordsMax}). Simplify the question or split the card.`,
          )
        : null,
  },
  {
    rule: 'FRONT_VERBOSE',
    penalty: 10,
    atomicity: 'verbose',
    check: ({frontWords: n, t}) =>
      n > t.frontWordsOptimal && n <= t.frontWordsMax
        ? found(
            `Front verbose (${n} words, optimal is ≤ ${t.frontWordsOptimal})`,
            `Front has ${n} words. Aim for ${t.frontWordsOptimal} or fewer; cut context the answer does not need.`,
          )
        : null,
  },
  {
    rule: 'FRONT_CHARS_EXCEEDED',
    penalty: 20,
    atomicity: 'verbose',
    check: ({frontChars: n, t}) =>
      n > t.frontCharsMax
        ? found(
            `Front exceeds character limit (${n} chars > ${t.frontCharsMax})`,
            `Shorten the front to at most ${t.frontCharsMax} characters.`,
          )
        : null,
  },
  {
    rule: 'BACK_TOO_LONG',
    penalty: 15,
    atomicity: 'split',
    check: ({backWords: n, profile, t}) =>
      profile.answerBack && n > t.backWordsMax
        ? found(
            `Back too long (${n} words > ${t.backWordsMax})`,
            `Back has ${n} words (max: ${t.backWordsMax}). Keep the core answer; move the rest to its own card.`,
          )
        : null,
  },
  {
    rule: 'BACK_VERBOSE',
    penalty: 5,
    atomicity: 'verbose',
    check: ({backWords: n, profile, t}) =>
      profile.answerBack && n > t.backWordsOptimal && n <= t.backWordsMax
        ? found(
            `Back verbose (${n} words, optimal is ≤ ${t.backWordsOptimal})`,
            `Back has ${n} words. Aim for ${t.backWordsOptimal} or fewer.`,
          )
        : null,
  },
  {
    rule: 'BACK_CHARS_EXCEEDED',
    penalty: 20,
    atomicity: 'verbose',
    check: ({backChars: n, profile, t}) =>
      profile.answerBack && n > t.backCharsMax
        ? found(
            `Back exceeds character limit (${n} chars > ${t.backCharsMax})`,
            `Shorten the back to at most ${t.backCharsMax} characters.`,
          )
        : null,
  },
  {
    rule: 'CODE_TOO_LONG',
    penalty: 25,
    atomicity: 'split',
    check: ({codeLines: n, t}) =>
      n > t.codeLinesMax
        ? found(
            `Code too long (${n} lines > ${t.codeLinesMax})`,
            `Card has ${n} lines of code. Ask about one construct and keep the snippet to ${t.codeLinesOptimal} lines.`,
          )
        : null,
  },
  {
    rule: 'CODE_VERBOSE',
    penalty: 10,
    atomicity: 'verbose',
    check: ({codeLines: n, t}) =>
      n > t.codeLinesOptimal && n <= t.codeLinesMax
        ? found(
            `Code verbose (${n} lines, optimal is ≤ ${t.codeLinesOptimal})`,
            `Trim the snippet to the lines the question is about (≤ ${t.codeLinesOptimal}).`,
          )
        : null,
  },
];
