import type {NotionEntity} from '../config/config-schema.js';

/** The Notion property each canonical field is read from, by entity (DESIGN §6 defaults). */
export const defaultPropertyNames = {
  flashcards: {
    front: 'Question',
    back: 'Answer',
    cardId: 'CardID',
    atomType: 'Type',
    concept: 'Concept',
    module: 'Module',
    status: 'Status',
  },
  concepts: {
    name: 'Name',
    definition: 'Definition',
    cluster: 'Cluster',
    area: 'Area',
    domain: 'Domain',
    status: 'Status',
  },
  concept_areas: {
    name: 'Name',
    description: 'Description',
    domain: 'Domain',
    displayOrder: 'Order',
  },
  concept_clusters: {
    name: 'Name',
    conceptArea: 'ConceptArea',
    examWeight: 'ExamWeight',
    description: 'Description',
    displayOrder: 'Order',
  },
  modules: {
    name: 'Name',
    weekOrder: 'Number',
    track: 'Track',
    description: 'Description',
    status: 'Status',
  },
  tracks: {name: 'Name', program: 'Program', description: 'Description', displayOrder: 'Order'},
  programs: {
    name: 'Name',
    description: 'Description',
    status: 'Status',
    startDate: 'Start Date',
    endDate: 'End Date',
  },
} as const satisfies Record<NotionEntity, Record<string, string>>;

/** The fields of an entity that map to Notion properties. */
export type FieldOf<E extends NotionEntity> = keyof (typeof defaultPropertyNames)[E];

/** Resolves field → property name for one entity. */
export type PropertyNames<E extends NotionEntity> = Record<FieldOf<E>, string>;

/** A field as the settings file spells it (`cardId` → `card_id`). */
const settingsKey = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The property names for an entity: defaults overridden by the configured ones. An override
 * may be keyed by the field as the settings file spells it (`front`, `card_id`) or by the
 * default property name (`Question`).
 */
export function propertyNamesFor<E extends NotionEntity>(
  entity: E,
  overrides: Record<string, string> | undefined,
): PropertyNames<E> {
  const defaults = defaultPropertyNames[entity] as Record<string, string>;
  const names: Record<string, string> = {};
  for (const [field, name] of Object.entries(defaults)) {
    names[field] = overrides?.[settingsKey(field)] ?? overrides?.[name] ?? name;
  }
  return names as PropertyNames<E>;
}
