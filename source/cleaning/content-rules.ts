import type {Finding, QualityRule, RuleContext} from './rule-types.js';
import {hasClozeDeletion} from './text-measure.js';

const listLine = /^\s*(?:[-*+•◦▪]\s+|\d+[.)]\s+|[a-zA-Z][.)]\s+)/;
// A terminator followed by space or the end; abbreviations are removed first so "e.g. x" is one.
const abbreviations = /\b(?:e\.g|i\.e|etc|vs|cf|approx|Dr|Mr|Mrs|Ms|St|No)\./gi;
const terminator = /[.!?]+(?=\s|$)/g;
const causal = /\b(?:because|due to|therefore|since|hence|as a result)\b/gi;
const joinedQuestion = / and (?:what|how|why|when|where) |, and /i;
const malformed = [
  /\b[Ww]hat\s+\w+\s+The\s/,
  /\b[Ww]hat\s+is\s+This\b/,
  /\b[Ww]hat\s+is\s+Note\b:?/,
  /\b[Ww]hat\s+is\s+Step\s+\d/,
  /\b[Ww]hat\s+is\s+Examples?\b/,
  /^In\s+[\w-]+,\s+what\s+\w+\s+If\b/,
];
const incoherent = [/,{2,}/, /\.{3,}[^.]/, /\?\s*\?/, /(?:^|\s):(?:\s|$)/, /:\s*$/, /\*\*\s*\*\*/];
const generic = [/^What\s+is\s+\w+\?\s*$/i, /^What is This\?$/];

const factText = (ctx: RuleContext): string =>
  ctx.profile.factSide === 'front'
    ? ctx.frontProse
    : ctx.profile.factSide === 'back'
      ? ctx.backProse
      : '';

const found = (issue: string, recommendation: string): Finding => ({issue, recommendation});

/** Content rules: one idea per card, question form, broken text, vague or too-short cards. */
export const CONTENT_RULES: readonly QualityRule[] = [
  {
    rule: 'ENUMERATION_DETECTED',
    penalty: 30,
    atomicity: 'split',
    check: (ctx) => {
      const items = factText(ctx)
        .split('\n')
        .filter((line) => listLine.test(line)).length;
      return items >= 2
        ? found(
            `List detected (${items} items)`,
            'A list is hard to recall as one card. Make one card per item, or a cloze per item.',
          )
        : null;
    },
  },
  {
    rule: 'MULTIPLE_FACTS',
    penalty: 30,
    atomicity: 'split',
    check: (ctx) => {
      const text = factText(ctx);
      const sentences = (text.replace(abbreviations, '').match(terminator) ?? []).length;
      const causes = (text.match(causal) ?? []).length;
      if (sentences > 1) {
        return found(
          `Multiple facts (${sentences} sentences)`,
          'Keep one fact per card; turn each extra sentence into its own card.',
        );
      }
      return causes > 1
        ? found(
            `Multiple facts (${causes} causal links)`,
            'A chain of reasons is several facts. Ask about one link per card.',
          )
        : null;
    },
  },
  {
    rule: 'MULTI_SUBQUESTION',
    penalty: 30,
    atomicity: 'split',
    check: ({frontProse, profile}) => {
      if (!profile.questionForm) return null;
      const marks = (frontProse.match(/\?/g) ?? []).length;
      return marks > 1 || joinedQuestion.test(frontProse)
        ? found(
            'Front asks more than one question',
            'Split the card so that each front asks exactly one thing.',
          )
        : null;
    },
  },
  {
    rule: 'MALFORMED_QUESTION',
    penalty: 50,
    atomicity: 'none',
    check: ({frontProse, rawFront, profile}) => {
      if (profile.cloze) {
        return hasClozeDeletion(rawFront)
          ? null
          : found(
              'Cloze text has no deletion',
              'Mark the hidden part as {{c1::answer}}, or change the type to flashcard.',
            );
      }
      return profile.questionForm && malformed.some((re) => re.test(frontProse))
        ? found(
            'Malformed question (looks machine-generated from a heading or note)',
            'Rewrite the front as a plain question about one idea.',
          )
        : null;
    },
  },
  {
    rule: 'INCOHERENT_TEXT',
    penalty: 40,
    atomicity: 'none',
    check: ({frontProse, backProse, profile}) => {
      const sides = profile.answerBack ? [frontProse, backProse] : [frontProse];
      return sides.some((text) => incoherent.some((re) => re.test(text)))
        ? found(
            'Text looks broken (repeated punctuation, a dangling colon, empty bold or a cut-off)',
            'Read the card in Notion and repair the text.',
          )
        : null;
    },
  },
  {
    rule: 'TOO_SHORT',
    penalty: 35,
    atomicity: 'none',
    check: ({frontChars, backChars, profile, t}) => {
      if (frontChars < t.frontCharsMin) {
        return found(
          `Front too short (${frontChars} chars < ${t.frontCharsMin})`,
          'Give the question enough context to have exactly one answer.',
        );
      }
      return profile.answerBack && backChars < t.backCharsMin
        ? found(
            `Back too short (${backChars} chars < ${t.backCharsMin})`,
            'Write the answer out; an empty or one-letter back cannot be checked.',
          )
        : null;
    },
  },
  {
    rule: 'GENERIC_QUESTION',
    penalty: 25,
    atomicity: 'none',
    check: ({frontProse, profile}) =>
      profile.questionForm && generic.some((re) => re.test(frontProse))
        ? found(
            'Generic question ("What is X?")',
            'Ask about one specific property of X (its purpose, a difference, a consequence).',
          )
        : null,
  },
];
