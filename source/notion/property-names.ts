import type {NotionEntity} from '../config/config-schema.js';

/** The Notion property each canonical field is read from, by entity (DESIGN §6 defaults). */
export const defaultPropertyNames = {
  flashcards: {
    front: 'Question',
    back: 'Answer',
    card_id: 'CardID',
    atom_type: 'Type',
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
    display_order: 'Order',
  },
  concept_clusters: {
    name: 'Name',
    concept_area: 'ConceptArea',
    exam_weight: 'ExamWeight',
    description: 'Description',
    display_order: 'Order',
  },
  modules: {
    name: 'Name',
    week_order: 'Number',
    track: 'Track',
    description: 'Description',
    status: 'Status',
  },
  tracks: {name: 'Name', program: 'Program', description: 'Description', display_order: 'Order'},
  programs: {
    name: 'Name',
    description: 'Description',
    status: 'Status',
    start_date: 'Start Date',
    end_date: 'End Date',
  },
} as const satisfies Record<NotionEntity, Record<string, string>>;

/** The fields of an entity that map to Notion properties. */
export type FieldOf<E extends NotionEntity> = keyof (typeof defaultPropertyNames)[E];

/** Resolves field → property name for one entity. */
export type PropertyNames<E extends NotionEntity> = Record<FieldOf<E>, string>;

/**
 * The property names for an entity: defaults overridden by the configured ones. An override
 * may be keyed by the field (`front`) or by the default property name (`Question`).
 */
export function propertyNamesFor<E extends NotionEntity>(
  entity: E,
  overrides: Record<string, string> | undefined,
): PropertyNames<E> {
  const defaults = defaultPropertyNames[entity] as Record<string, string>;
  const names: Record<string, string> = {};
  for (const [field, name] of Object.entries(defaults)) {
    names[field] = overrides?.[field] ?? overrides?.[name] ?? name;
  }
  return names as PropertyNames<E>;
}
