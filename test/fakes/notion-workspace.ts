import {makeCard} from './notion-cards.js';
import type {FakeDatabase, FakePage} from './notion-model.js';
import {SeededRandom} from './notion-random.js';
import {databaseTitles, type EntityName, entityNames, schemaFor} from './notion-schemas.js';
import {areas, clusters, concepts} from './notion-topics.js';
import * as v from './notion-values.js';

export type {EntityName} from './notion-schemas.js';

/** Options for {@link generateWorkspace}. */
export interface WorkspaceOptions {
  seed?: number;
  flashcards?: number;
  /** Append flashcards with typical mistakes (see {@link GeneratedWorkspace.badRows}). */
  badRows?: boolean;
  /** The workspace's "now" (epoch ms); every page was created and edited before it. */
  now?: number;
}

/** A deliberately broken row and what is wrong with it. */
export interface BadRow {
  pageId: string;
  problem: string;
}

/** A generated workspace: databases for the fake server plus handles for assertions. */
export interface GeneratedWorkspace {
  now: number;
  databases: FakeDatabase[];
  entity: Record<EntityName, FakeDatabase>;
  /** A concept with more than 25 flashcards (its relation is truncated in page objects). */
  bigConceptId: string;
  badRows: BadRow[];
}

const day = 86_400_000;
const people = [
  {id: '5e1f0c2a-7d4b-4c1e-9a3f-0b6d2e8c4a11', name: 'Ada Müller'},
  {id: '9c3b7a10-2f5e-4d8a-b1c6-7e4f0a9d3b22', name: 'Kenji 佐藤'},
];

type Builder = {rng: SeededRandom; clock: number; now: number; stepMs: number};

function newPage(b: Builder, properties: Record<string, v.StoredValue>): FakePage {
  b.clock += b.rng.int(0, b.stepMs);
  const edited = b.rng.chance(0.3) ? b.clock + b.rng.int(0, 20 * day) : b.clock;
  const author = b.rng.pick(people).id;
  return {
    id: b.rng.uuid(),
    createdTime: b.clock,
    lastEditedTime: Math.min(edited, b.now - 60_000),
    inTrash: false,
    createdBy: author,
    lastEditedBy: author,
    properties,
  };
}

function database(rng: SeededRandom, entity: EntityName, pages: FakePage[]): FakeDatabase {
  const title = databaseTitles[entity];
  return {
    id: rng.uuid(),
    title,
    dataSource: {id: rng.uuid(), name: title, schema: schemaFor(entity), pages},
  };
}

// Appends in place: copying the list per link would make 10,000 cards quadratic.
function link(page: FakePage, name: string, id: string): void {
  const current = page.properties[name]?.relation;
  if (Array.isArray(current)) current.push({id});
  else page.properties[name] = v.relation([id]);
}

function curriculum(b: Builder) {
  const names = ['CCNA 200-301', 'Network Security Foundations'];
  const programs = names.map((name, i) =>
    newPage(b, {
      Name: v.title(name),
      Description: v.richText(`Self-study plan for ${name}.`),
      Status: v.status(i === 0 ? 'In progress' : 'Not started'),
      'Start Date': v.date('2025-01-06'),
      'End Date': v.date(i === 0 ? '2025-09-30' : null),
      Owner: v.people([people[i % 2] ?? {id: 'x', name: 'x'}]),
      Website: v.url(
        i === 0
          ? 'https://www.cisco.com/site/us/en/learn/training-certifications/exams/ccna.html'
          : null,
      ),
    }),
  );
  const tracks = programs.flatMap((program, p) =>
    ['Foundations', 'Applied'].map((label, t) => {
      const track = newPage(b, {
        Name: v.title(`${names[p]} · ${label}`),
        Program: v.relation([program.id]),
        Description: v.richText(`${label} track.`),
        Order: v.numberValue(t + 1),
        'Module Count': v.rollup({number: 3}),
      });
      link(program, 'Tracks', track.id);
      return track;
    }),
  );
  const modules = tracks.flatMap((track, t) =>
    [0, 1, 2].map((m) =>
      newPage(b, {
        Name: v.title(`Module ${t * 3 + m + 1}: ${clusters[(t * 3 + m) % clusters.length]?.name}`),
        Number: v.numberValue(t * 3 + m + 1),
        Track: v.relation([track.id]),
        Description: v.richText('Readings, labs and review cards.'),
        Status: v.select(b.rng.pick(['not_started', 'in_progress', 'completed'])),
        Due: v.date(`2025-0${(m % 9) + 1}-15`),
        Progress: v.formula(Math.round(b.rng.next() * 100) / 100),
        Slides: v.files([{name: 'slides.pdf', url: `https://example.org/m${t * 3 + m + 1}.pdf`}]),
        Contact: v.email('tutor@example.org'),
        Phone: v.phone('+49 30 1234567'),
      }),
    ),
  );
  return {programs, tracks, modules};
}

function knowledge(b: Builder) {
  const areaPages = areas.map((area, i) =>
    newPage(b, {
      Name: v.title(area.name),
      Description: v.richText(`Everything under ${area.name}.`),
      Domain: v.select(area.domain),
      Order: v.numberValue(i + 1),
    }),
  );
  const clusterPages = clusters.map((cluster, i) => {
    const area = areaPages[cluster.area] as FakePage;
    const page = newPage(b, {
      Name: v.title(cluster.name),
      ConceptArea: v.relation([area.id]),
      ExamWeight: v.numberValue(b.rng.int(5, 25)),
      Description: v.richText(`${cluster.name} in practice.`),
      Order: v.numberValue(i + 1),
    });
    link(area, 'Clusters', page.id);
    return page;
  });
  const conceptPages = concepts.map((concept, i) => {
    const cluster = clusterPages[concept.cluster] as FakePage;
    const area = areaPages[clusters[concept.cluster]?.area ?? 0] as FakePage;
    const directlyUnderArea = i % 11 === 10;
    const page = newPage(b, {
      Name: v.title(concept.name),
      Definition: v.richText(concept.definition),
      ...(directlyUnderArea ? {Area: v.relation([area.id])} : {Cluster: v.relation([cluster.id])}),
      Domain: v.select(areas[clusters[concept.cluster]?.area ?? 0]?.domain ?? 'STEM'),
      Status: v.select(b.rng.pick(['to_learn', 'active', 'mastered'])),
      'Knowledge Type': v.select(b.rng.pick(['declarative', 'procedural', 'application'])),
      Tags: v.multiSelect(['networking', concept.layer]),
      Verified: v.verification(i % 3 === 0 ? 'verified' : 'unverified'),
      'Lab Site': v.place('TU Berlin Netzlabor', 52.5125, 13.3269),
      'Latest Review': v.rollup({date: '2025-05-20'}, 'latest_date'),
    });
    if (!directlyUnderArea) link(cluster, 'Concepts', page.id);
    return page;
  });
  return {areaPages, clusterPages, conceptPages};
}

/**
 * A realistic, seeded study workspace (7 databases, networking material). The same options
 * always give the same workspace; 10,000 flashcards take well under a second.
 */
export function generateWorkspace(options: WorkspaceOptions = {}): GeneratedWorkspace {
  const rng = new SeededRandom(options.seed ?? 1);
  const now = options.now ?? Date.parse('2025-06-01T12:00:00.000Z');
  const cardCount = options.flashcards ?? 200;
  const b: Builder = {rng, now, clock: now - 120 * day, stepMs: 3_600_000};
  const {programs, tracks, modules} = curriculum(b);
  const {areaPages, clusterPages, conceptPages} = knowledge(b);
  b.clock = now - 100 * day;
  b.stepMs = Math.max(
    60_000,
    Math.min(3_600_000, Math.floor((190 * day) / Math.max(1, cardCount))),
  );
  const cards: FakePage[] = [];
  for (let i = 0; i < cardCount; i++) {
    // The first 30 cards share one concept so its back-relation exceeds Notion's 25.
    const conceptIndex = i < 30 ? 0 : rng.int(0, concepts.length - 1);
    const topic = concepts[conceptIndex];
    const concept = conceptPages[conceptIndex];
    const module = modules[(topic?.cluster ?? 0) % modules.length] as FakePage;
    if (!topic || !concept) continue;
    const content = makeCard(rng, topic);
    const card = newPage(b, {
      Question: v.title(content.question),
      Answer: v.richText(content.answer),
      CardID: v.richText(
        `NET-M${(topic.cluster % modules.length) + 1}-${String(i + 1).padStart(4, '0')}`,
      ),
      Type: v.select(content.type),
      Concept: v.relation([concept.id]),
      Module: v.relation([module.id]),
      Status: v.select(rng.chance(0.85) ? 'Active' : rng.pick(['Draft', 'Archived'])),
      Tags: v.multiSelect(['networking', topic.layer]),
      Difficulty: v.numberValue(rng.chance(0.9) ? Math.round(rng.next() * 100) / 100 : null),
      Flagged: v.checkbox(rng.chance(0.05)),
      Source: v.url(
        rng.chance(0.3) ? `https://www.rfc-editor.org/rfc/rfc${rng.int(700, 9300)}` : null,
      ),
      Ref: v.uniqueId('NET', i + 1),
      'Is Quiz': v.formula(content.type !== 'flashcard' && content.type !== 'cloze'),
      Summary: v.formula(`${content.type} · ${topic.name}`),
      'Next Review': v.formula({start: '2025-06-10'}),
      'Concept Names': v.rollup({array: [v.title(topic.name)]}, 'show_original'),
      Regenerate: v.button(),
    });
    link(concept, 'Flashcards', card.id);
    link(module, 'Flashcards', card.id);
    cards.push(card);
  }
  for (const concept of conceptPages) {
    const count = (concept.properties.Flashcards?.relation as unknown[] | undefined)?.length ?? 0;
    concept.properties['Card Count'] = v.rollup({number: count});
  }
  const badRows = options.badRows ? appendBadRows(b, cards, conceptPages[0] as FakePage) : [];
  const pages: Record<EntityName, FakePage[]> = {
    programs,
    tracks,
    modules,
    concept_areas: areaPages,
    concept_clusters: clusterPages,
    concepts: conceptPages,
    flashcards: cards,
  };
  const entity = Object.fromEntries(
    entityNames.map((name) => [name, database(rng, name, pages[name])]),
  ) as Record<EntityName, FakeDatabase>;
  return {
    now,
    databases: Object.values(entity),
    entity,
    bigConceptId: conceptPages[0]?.id ?? '',
    badRows,
  };
}

function appendBadRows(b: Builder, cards: FakePage[], concept: FakePage): BadRow[] {
  const base = (question: string): Record<string, v.StoredValue> => ({
    Question: v.title(question),
    Answer: v.richText('A plausible answer.'),
    CardID: v.richText(`BAD-${cards.length + 1}`),
    Type: v.select('flashcard'),
    Concept: v.relation([concept.id]),
    Status: v.select('Active'),
  });
  const firstId = cards[0]?.properties.CardID ?? v.richText('NET-M1-0001');
  const specs: [string, Record<string, v.StoredValue>][] = [
    ['empty_question', {...base(''), Question: v.title('')}],
    ['blank_answer', {...base('What does ICMP carry?'), Answer: v.richText('   ')}],
    ['unknown_type', {...base('Explain QoS marking.'), Type: v.select('essay')}],
    ['dangling_relation', {...base('What is MPLS?'), Concept: v.relation([b.rng.uuid()])}],
    [
      'invalid_quiz_json',
      {
        ...base('Which port does SSH use?'),
        Type: v.select('mcq'),
        Answer: v.richText('{"options": ["22", "23"], "correct": [5'),
      },
    ],
    ['terminal_escape', base('\u001b]0;pwned\u0007\u001b[2J What does ARP resolve?')],
    [
      'long_answer',
      {...base('Summarise RFC 791.'), Answer: v.richText('The Internet Protocol… '.repeat(220))},
    ],
    ['duplicate_card_id', {...base('What is a default gateway?'), CardID: firstId}],
    [
      'missing_type_and_status',
      {...base('What is jitter?'), Type: v.select(null), Status: v.select(null)},
    ],
  ];
  return specs.map(([problem, properties]) => {
    const page = newPage(b, properties);
    cards.push(page);
    if (problem !== 'dangling_relation') link(concept, 'Flashcards', page.id);
    return {pageId: page.id, problem};
  });
}
