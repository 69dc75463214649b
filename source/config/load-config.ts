import {existsSync, statSync} from 'node:fs';
import path from 'node:path';
import {UserError} from '../errors.js';
import type {Keymap} from '../keymap/keymap.js';
import {type AnkiDaySettings, ankiDaySettings} from './anki-day-settings.js';
import {
  type ConfigFile,
  configFileSchema,
  type NotionEntity,
  notionDatabaseVariables,
  notionEntities,
} from './config-schema.js';
import {assertUsableDataHome} from './data-home-check.js';
import {keymapFromSettings} from './key-settings.js';
import {resolveDataHome} from './paths.js';
import {readSettingsText} from './read-settings-file.js';

/** Every setting nls reads, resolved from the environment first, then `nls.config.json`. */
export interface Config {
  home: string;
  configFile: string | undefined;
  databaseUrl: string | undefined;
  /** Seconds to wait for a PostgreSQL server to answer (0: wait forever). */
  databaseConnectTimeout: number;
  notion: {
    token: string | undefined;
    baseUrl: string | undefined;
    databases: Partial<Record<NotionEntity, string>>;
    rateLimit: number;
    /** Fetch flashcard page bodies into raw_content (NOTION_PAGE_BODIES, default on). */
    pageBodies: boolean;
    properties: Partial<Record<NotionEntity, Record<string, string>>>;
  };
  protectNotion: boolean;
  anki: {
    url: string;
    key: string | undefined;
    deck: string;
    deckTemplate: string;
    minQuality: number;
    /** Lapses that make a card a leech (Anki's default leech threshold: 8). */
    leechLapses: number;
    /** Anki's day (ANKI_TIMEZONE, ANKI_DAY_STARTS_AT). */
    day: AnkiDaySettings;
  };
  gemini: {
    apiKey: string | undefined;
    model: string;
    baseUrl: string | undefined;
    rpm: number;
    /** Vertex AI instead of the Gemini API (GOOGLE_GENAI_USE_VERTEXAI), or null. */
    vertex: {project: string | undefined; location: string} | null;
  };
  /** The key bindings in force: the defaults with the settings file's `keys` applied. */
  keymap: Keymap;
  /** Ink's screen-reader output (`--screen-reader`, or `INK_SCREEN_READER=true`). */
  screenReader: boolean;
  /** Problems worth telling the user about that do not stop nls (e.g. a readable secret file). */
  warnings: string[];
}

const secretKeys = [
  'NOTION_TOKEN',
  'NOTION_API_KEY',
  'ANKI_CONNECT_KEY',
  'GEMINI_API_KEY',
] as const;

/** Shows only the last 4 characters of a secret. */
export function maskSecret(value: string | undefined): string {
  if (!value) return '(not set)';
  return value.length <= 8 ? '****' : `****${value.slice(-4)}`;
}

function findConfigFile(home: string, cwd: string): string | undefined {
  for (const candidate of [path.join(home, 'nls.config.json'), path.join(cwd, 'nls.config.json')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Settings that decide where nls connects (and so where tokens and data go). */
export const endpointKeys = [
  'DATABASE_URL',
  'NOTION_BASE_URL',
  'ANKI_CONNECT_URL',
  'GEMINI_BASE_URL',
  // Vertex AI: the SDK builds its host from the location (`{location}-aiplatform.googleapis.com`)
  // and sends the Google credentials there, so these decide where a token goes as well.
  'GOOGLE_GENAI_USE_VERTEXAI',
  'GOOGLE_CLOUD_PROJECT',
  'GOOGLE_CLOUD_LOCATION',
] as const;
// Any later setting named like an address counts too, so a new one is safe by default.
const endpointName = /_(URL|URI|HOST|ENDPOINT)$/;

/**
 * A settings file in the working directory may come with an untrusted checkout: if it could set
 * an endpoint, running nls there would send the exported tokens (or the user's data) to its
 * server. So endpoints come only from the environment or $NLS_HOME's file.
 */
function refuseEndpointsFromWorkingDirectory(file: ConfigFile, where: string, home: string): void {
  const keys = Object.keys(file).filter(
    (key) => (endpointKeys as readonly string[]).includes(key) || endpointName.test(key),
  );
  if (keys.length === 0) return;
  const homeFile = path.join(home, 'nls.config.json');
  throw new UserError(
    `${where} (a settings file in the working directory) sets ${keys.join(', ')}; nls takes the addresses it connects to only from the environment or ${homeFile}, so that a folder you run nls in cannot send your tokens or data to another server.`,
    {
      hint: `Remove ${keys.join(', ')} from ${where}; if you meant it, put it in ${homeFile} or export it (export ${keys[0]}=…).`,
    },
  );
}

function readConfigFile(file: string, warnings: string[]): ConfigFile {
  const text = readSettingsText(file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UserError(`The settings file ${file} is not valid JSON.`, {
      hint: 'Fix the JSON (or move the file away); see "Configuration" in the README.',
      cause: error,
    });
  }
  const parsed = configFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(top level)';
    throw new UserError(
      `The settings file ${file} has a bad value at ${where}: ${issue?.message}.`,
      {
        hint: 'Correct that key; the README lists every setting.',
      },
    );
  }
  const hasSecret = secretKeys.some((key) => parsed.data[key]);
  if (hasSecret && process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
    warnings.push(
      `${file} holds a secret and other users can read it; run: chmod 600 ${JSON.stringify(file)}`,
    );
  }
  return parsed.data;
}

function onOff(value: string | undefined, name: string, source: string): boolean {
  if (value === undefined) return true;
  const word = value.trim().toLowerCase();
  if (word === 'on' || word === 'off') return word === 'on';
  throw new UserError(`${name} (${source}) must be on or off, not ${JSON.stringify(value)}.`, {
    hint: `Set ${name}=off to skip page bodies, or unset it (default on).`,
  });
}

function yesNo(value: string | undefined, name: string, source: string): boolean {
  if (value === undefined) return false;
  const word = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(word)) return true;
  if (['false', '0', 'no'].includes(word)) return false;
  throw new UserError(`${name} (${source}) must be true or false, not ${JSON.stringify(value)}.`, {
    hint: `Set ${name}=true to use Vertex AI, or unset it for the Gemini API.`,
  });
}

// The SDK writes the location into a host name (`{location}-aiplatform.googleapis.com`) and the
// project into the path: only a plain Google Cloud name may stand there, or a value such as
// `127.0.0.1:9/x#` would send the Google token elsewhere.
function cloudName(
  value: string | undefined,
  name: 'GOOGLE_CLOUD_PROJECT' | 'GOOGLE_CLOUD_LOCATION',
  sourceOf: (key: typeof name) => string,
): string | undefined {
  if (value === undefined || /^[a-z][a-z0-9-]*$/.test(value)) return value;
  throw new UserError(
    `${name} (${sourceOf(name)}) must be a Google Cloud name (lower-case letters, digits and hyphens), not ${JSON.stringify(value)}.`,
    {
      hint: `Set ${name} to a name such as ${name === 'GOOGLE_CLOUD_LOCATION' ? 'us-central1 or global' : 'my-project-123'}.`,
    },
  );
}

function toNumber(value: unknown, name: string, fallback: number, source: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) {
    throw new UserError(
      `${name} (${source}) must be a non-negative number, not ${JSON.stringify(value)}.`,
      {hint: `Set ${name} to a number (or unset it for the default, ${fallback}).`},
    );
  }
  return number;
}

/** The Notion database ids that are set, by entity. */
function notionDatabaseIds(
  pick: (key: keyof ConfigFile) => string | undefined,
): Partial<Record<NotionEntity, string>> {
  const databases: Partial<Record<NotionEntity, string>> = {};
  for (const entity of notionEntities) {
    const value = pick(notionDatabaseVariables[entity] as keyof ConfigFile);
    if (value) databases[entity] = value;
  }
  return databases;
}

/** Loads the configuration; `env` and `cwd` are parameters so tests never touch the real ones. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const home = resolveDataHome(env);
  assertUsableDataHome(home, env);
  const configFile = findConfigFile(home, cwd);
  const warnings: string[] = [];
  const file: ConfigFile = configFile ? readConfigFile(configFile, warnings) : {};
  if (configFile && path.dirname(configFile) !== home) {
    refuseEndpointsFromWorkingDirectory(file, configFile, home);
  }
  const pick = (key: keyof ConfigFile): string | undefined => {
    const fromEnv = env[key];
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    const fromFile = file[key];
    return fromFile === undefined ? undefined : String(fromFile);
  };
  const databases = notionDatabaseIds(pick);
  const protect = pick('PROTECT_NOTION');
  // Name where a bad value came from: the environment wins over the settings file.
  const sourceOf = (key: keyof ConfigFile) =>
    env[key] !== undefined && env[key] !== '' ? 'from the environment' : `in ${configFile}`;
  type NumberKey =
    | 'NOTION_RATE_LIMIT'
    | 'ANKI_MIN_QUALITY'
    | 'GEMINI_RPM'
    | 'DATABASE_CONNECT_TIMEOUT'
    | 'ANKI_LEECH_LAPSES';
  const number = (key: NumberKey, fallback: number) =>
    toNumber(pick(key), key, fallback, sourceOf(key));
  return {
    home,
    configFile,
    databaseUrl: pick('DATABASE_URL'),
    databaseConnectTimeout: number('DATABASE_CONNECT_TIMEOUT', 10),
    notion: {
      token: pick('NOTION_TOKEN') ?? pick('NOTION_API_KEY'),
      baseUrl: pick('NOTION_BASE_URL'),
      databases,
      rateLimit: number('NOTION_RATE_LIMIT', 3),
      pageBodies: onOff(
        pick('NOTION_PAGE_BODIES'),
        'NOTION_PAGE_BODIES',
        sourceOf('NOTION_PAGE_BODIES'),
      ),
      properties: file.properties ?? {},
    },
    protectNotion: protect === undefined ? true : !['false', '0', 'no'].includes(protect),
    anki: {
      url: pick('ANKI_CONNECT_URL') ?? 'http://127.0.0.1:8765',
      key: pick('ANKI_CONNECT_KEY'),
      deck: pick('ANKI_DECK') ?? 'NLS',
      deckTemplate: pick('ANKI_DECK_TEMPLATE') ?? '{base}::{track}::{module}',
      minQuality: number('ANKI_MIN_QUALITY', 0.75),
      leechLapses: Math.max(1, Math.round(number('ANKI_LEECH_LAPSES', 8))),
      day: ankiDaySettings(pick('ANKI_TIMEZONE'), pick('ANKI_DAY_STARTS_AT'), sourceOf),
    },
    gemini: {
      apiKey: pick('GEMINI_API_KEY'),
      model: pick('GEMINI_MODEL') ?? 'gemini-2.5-flash',
      baseUrl: pick('GEMINI_BASE_URL'),
      rpm: number('GEMINI_RPM', 10),
      vertex: yesNo(
        pick('GOOGLE_GENAI_USE_VERTEXAI'),
        'GOOGLE_GENAI_USE_VERTEXAI',
        sourceOf('GOOGLE_GENAI_USE_VERTEXAI'),
      )
        ? {
            project: cloudName(pick('GOOGLE_CLOUD_PROJECT'), 'GOOGLE_CLOUD_PROJECT', sourceOf),
            location:
              cloudName(pick('GOOGLE_CLOUD_LOCATION'), 'GOOGLE_CLOUD_LOCATION', sourceOf) ??
              'global',
          }
        : null,
    },
    keymap: keymapFromSettings(file.keys, configFile),
    // Ink's own variable, so the same switch works for nls and any other Ink program.
    screenReader: env.INK_SCREEN_READER === 'true',
    warnings,
  };
}

/** Every secret value in a config, so output paths can redact them. */
export function secretValues(config: Config): string[] {
  return [config.notion.token, config.anki.key, config.gemini.apiKey].filter(
    (value): value is string => Boolean(value && value.length >= 4),
  );
}
