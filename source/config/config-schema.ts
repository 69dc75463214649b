import {z} from 'zod';

/** The Notion entities nls syncs, in dependency order. */
export const notionEntities = [
  'programs',
  'tracks',
  'modules',
  'concept_areas',
  'concept_clusters',
  'concepts',
  'flashcards',
] as const;

/** One of the seven Notion databases. */
export type NotionEntity = (typeof notionEntities)[number];

/** The environment variable that holds each entity's database id. */
export const notionDatabaseVariables: Record<NotionEntity, string> = {
  flashcards: 'NOTION_FLASHCARDS_DB',
  concepts: 'NOTION_CONCEPTS_DB',
  concept_areas: 'NOTION_CONCEPT_AREAS_DB',
  concept_clusters: 'NOTION_CONCEPT_CLUSTERS_DB',
  modules: 'NOTION_MODULES_DB',
  tracks: 'NOTION_TRACKS_DB',
  programs: 'NOTION_PROGRAMS_DB',
};

const booleanish = z.union([
  z.boolean(),
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .transform((v) => ['true', '1', 'yes'].includes(v)),
]);
const numberish = z.union([z.number(), z.string().trim().min(1).pipe(z.coerce.number())]);

/** The settings file (`nls.config.json`): the same keys as the environment, plus property names. */
export const configFileSchema = z
  .object({
    DATABASE_URL: z.string().optional(),
    DATABASE_CONNECT_TIMEOUT: numberish.optional(),
    NOTION_TOKEN: z.string().optional(),
    NOTION_API_KEY: z.string().optional(),
    NOTION_BASE_URL: z.string().optional(),
    NOTION_FLASHCARDS_DB: z.string().optional(),
    NOTION_CONCEPTS_DB: z.string().optional(),
    NOTION_CONCEPT_AREAS_DB: z.string().optional(),
    NOTION_CONCEPT_CLUSTERS_DB: z.string().optional(),
    NOTION_MODULES_DB: z.string().optional(),
    NOTION_TRACKS_DB: z.string().optional(),
    NOTION_PROGRAMS_DB: z.string().optional(),
    NOTION_RATE_LIMIT: numberish.optional(),
    NOTION_PAGE_BODIES: z.string().optional(),
    PROTECT_NOTION: booleanish.optional(),
    ANKI_CONNECT_URL: z.string().optional(),
    ANKI_CONNECT_KEY: z.string().optional(),
    ANKI_DECK: z.string().optional(),
    ANKI_DECK_TEMPLATE: z.string().optional(),
    ANKI_MIN_QUALITY: numberish.optional(),
    ANKI_TIMEZONE: z.string().optional(),
    ANKI_DAY_STARTS_AT: numberish.optional(),
    ANKI_LEECH_LAPSES: numberish.optional(),
    GEMINI_API_KEY: z.string().optional(),
    GEMINI_MODEL: z.string().optional(),
    GEMINI_BASE_URL: z.string().optional(),
    GEMINI_RPM: numberish.optional(),
    GOOGLE_GENAI_USE_VERTEXAI: booleanish.optional(),
    GOOGLE_CLOUD_PROJECT: z.string().optional(),
    GOOGLE_CLOUD_LOCATION: z.string().optional(),
    properties: z
      .record(z.enum(notionEntities), z.record(z.string(), z.string()))
      .optional()
      .describe('Notion property names per entity, e.g. {"flashcards": {"front": "Question"}}'),
    // Each value is checked against the keymap catalogue (key-settings.ts), which names the fix.
    keys: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        'Key remaps by action id, e.g. {"review.approve": ["a", "y"]} (nls keys lists them)',
      ),
  })
  .strict();

/** The parsed settings file. */
export type ConfigFile = z.infer<typeof configFileSchema>;
