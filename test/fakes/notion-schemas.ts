import type {FakeSchemaProperty} from './notion-model.js';

/** The seven synced entities (DESIGN §6). */
export const entityNames = [
  'programs',
  'tracks',
  'modules',
  'concept_areas',
  'concept_clusters',
  'concepts',
  'flashcards',
] as const;

/** One of the seven synced entities. */
export type EntityName = (typeof entityNames)[number];

const idChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:;=?@[]^`{|}~';

/** A Notion-like property id: four opaque characters, URL-encoded ("title" for the title). */
export function propertyId(entity: string, name: string, type: string): string {
  if (type === 'title') return 'title';
  let hash = 2166136261;
  for (const ch of `${entity}.${name}`)
    hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  let raw = '';
  for (let i = 0; i < 4; i++) {
    raw += idChars[hash % idChars.length];
    hash = Math.floor(hash / idChars.length) + i * 7919;
  }
  return encodeURIComponent(raw);
}

// Default property names per DESIGN §6, plus extra columns so every Notion type appears.
const columns: Record<EntityName, [string, string][]> = {
  programs: [
    ['Name', 'title'],
    ['Description', 'rich_text'],
    ['Status', 'status'],
    ['Start Date', 'date'],
    ['End Date', 'date'],
    ['Tracks', 'relation'],
    ['Owner', 'people'],
    ['Website', 'url'],
    ['Created', 'created_time'],
    ['Created By', 'created_by'],
  ],
  tracks: [
    ['Name', 'title'],
    ['Program', 'relation'],
    ['Description', 'rich_text'],
    ['Order', 'number'],
    ['Module Count', 'rollup'],
    ['Last Edited', 'last_edited_time'],
    ['Edited By', 'last_edited_by'],
  ],
  modules: [
    ['Name', 'title'],
    ['Number', 'number'],
    ['Track', 'relation'],
    ['Description', 'rich_text'],
    ['Status', 'select'],
    ['Flashcards', 'relation'],
    ['Due', 'date'],
    ['Progress', 'formula'],
    ['Slides', 'files'],
    ['Contact', 'email'],
    ['Phone', 'phone_number'],
  ],
  concept_areas: [
    ['Name', 'title'],
    ['Description', 'rich_text'],
    ['Domain', 'select'],
    ['Order', 'number'],
    ['Clusters', 'relation'],
  ],
  concept_clusters: [
    ['Name', 'title'],
    ['ConceptArea', 'relation'],
    ['ExamWeight', 'number'],
    ['Description', 'rich_text'],
    ['Order', 'number'],
    ['Concepts', 'relation'],
  ],
  concepts: [
    ['Name', 'title'],
    ['Definition', 'rich_text'],
    ['Cluster', 'relation'],
    ['Area', 'relation'],
    ['Domain', 'select'],
    ['Status', 'select'],
    ['Flashcards', 'relation'],
    ['Knowledge Type', 'select'],
    ['Tags', 'multi_select'],
    ['Verified', 'verification'],
    ['Lab Site', 'place'],
    ['Card Count', 'rollup'],
    ['Latest Review', 'rollup'],
  ],
  flashcards: [
    ['Question', 'title'],
    ['Answer', 'rich_text'],
    ['CardID', 'rich_text'],
    ['Type', 'select'],
    ['Concept', 'relation'],
    ['Module', 'relation'],
    ['Status', 'select'],
    ['Tags', 'multi_select'],
    ['Difficulty', 'number'],
    ['Flagged', 'checkbox'],
    ['Source', 'url'],
    ['Ref', 'unique_id'],
    ['Is Quiz', 'formula'],
    ['Summary', 'formula'],
    ['Next Review', 'formula'],
    ['Concept Names', 'rollup'],
    ['Regenerate', 'button'],
    ['Created', 'created_time'],
    ['Last Edited', 'last_edited_time'],
  ],
};

/** The schema (property name → id and type) of an entity's data source. */
export function schemaFor(entity: EntityName): Record<string, FakeSchemaProperty> {
  const schema: Record<string, FakeSchemaProperty> = {};
  for (const [name, type] of columns[entity])
    schema[name] = {id: propertyId(entity, name, type), type};
  return schema;
}

/** Database titles as a person would name them. */
export const databaseTitles: Record<EntityName, string> = {
  programs: 'Programs',
  tracks: 'Tracks',
  modules: 'Modules',
  concept_areas: 'Concept Areas',
  concept_clusters: 'Concept Clusters',
  concepts: 'Concepts',
  flashcards: 'All-Atom Master',
};
