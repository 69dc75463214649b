import type {SeededRandom} from './notion-random.js';
import {concepts, procedures, scenarios, type TopicConcept, unicodeNotes} from './notion-topics.js';

/** Generated content of one flashcard row. */
export interface CardContent {
  type: 'flashcard' | 'cloze' | 'mcq' | 'true_false' | 'matching' | 'parsons';
  question: string;
  answer: string;
}

const layers = ['physical', 'data link', 'network', 'transport', 'application'];

function flashcard(rng: SeededRandom, concept: TopicConcept): CardContent {
  const scenario = rng.pick(scenarios);
  const fact = concept.facts.length > 0 ? rng.pick(concept.facts) : undefined;
  const form = rng.int(0, 3);
  if (form === 0 || fact === undefined) {
    return {
      type: 'flashcard',
      question: `What is ${concept.name} (${scenario})?`,
      answer: concept.definition,
    };
  }
  if (form === 1) return {type: 'flashcard', question: `${fact[0]} (${scenario})`, answer: fact[1]};
  if (form === 2) {
    return {
      type: 'flashcard',
      question: `Why does ${concept.name} matter ${scenario}?`,
      answer: `${concept.definition} ${fact[1]}`,
    };
  }
  return {
    type: 'flashcard',
    question: `${fact[0]} — note: ${rng.pick(unicodeNotes)}`,
    answer: fact[1],
  };
}

function cloze(rng: SeededRandom, concept: TopicConcept): CardContent {
  const definition = concept.definition.replace(/\.$/, '');
  return {
    type: 'cloze',
    question: `{{c1::${concept.name}}}: ${definition} (${rng.pick(scenarios)}).`,
    answer: concept.definition,
  };
}

function mcq(rng: SeededRandom, concept: TopicConcept): CardContent {
  const correctLayer = layers.includes(concept.layer) ? concept.layer : 'application';
  const options = [...layers];
  const explanation = `${concept.name}: ${concept.definition}`;
  return {
    type: 'mcq',
    question: `At which layer does ${concept.name} mainly operate ${rng.pick(scenarios)}?`,
    answer: JSON.stringify({options, correct: [options.indexOf(correctLayer)], explanation}),
  };
}

function trueFalse(rng: SeededRandom, concept: TopicConcept): CardContent {
  const other = rng.pick(concepts);
  const honest = other.name === concept.name || rng.chance(0.5);
  const statement = honest ? concept.definition : other.definition;
  return {
    type: 'true_false',
    question: `True or false: ${concept.name} — “${statement}”`,
    answer: JSON.stringify({answer: honest, explanation: concept.definition}),
  };
}

function matching(rng: SeededRandom, concept: TopicConcept): CardContent {
  const picked = new Map<string, TopicConcept>([[concept.name, concept]]);
  while (picked.size < 4) {
    const next = rng.pick(concepts);
    picked.set(next.name, next);
  }
  const pairs = [...picked.values()].map((c) => ({
    left: c.name,
    right: c.definition.split(':')[0] ?? c.definition,
  }));
  return {
    type: 'matching',
    question: `Match each term to its description (${rng.pick(scenarios)}).`,
    answer: JSON.stringify({pairs}),
  };
}

function parsons(rng: SeededRandom): CardContent {
  const procedure = rng.pick(procedures);
  return {
    type: 'parsons',
    question: `Put the steps of ${procedure.title} in order.`,
    answer: JSON.stringify({lines: procedure.lines}),
  };
}

/** Realistic card content for a concept, with the type mix a real deck tends to have. */
export function makeCard(rng: SeededRandom, concept: TopicConcept): CardContent {
  const roll = rng.next();
  if (roll < 0.55) return flashcard(rng, concept);
  if (roll < 0.7) return cloze(rng, concept);
  if (roll < 0.82) return mcq(rng, concept);
  if (roll < 0.9) return trueFalse(rng, concept);
  if (roll < 0.95) return matching(rng, concept);
  return parsons(rng);
}
