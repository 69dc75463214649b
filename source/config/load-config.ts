import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {UserError} from '../errors.js';
import {type AnkiDaySettings, ankiDaySettings} from './anki-day-settings.js';
import {
  type ConfigFile,
  configFileSchema,
  type NotionEntity,
  notionDatabaseVariables,
  notionEntities,
} from './config-schema.js';
import {resolveDataHome} from './paths.js';

/** Every setting nls reads, resolved from the environment first, then `nls.config.json`. */
export interface Config {
  home: string;
  configFile: string | undefined;
  databaseUrl: string | undefined;
  notion: {
    token: string | undefined;
    baseUrl: string | undefined;
    databases: Partial<Record<NotionEntity, string>>;
    rateLimit: number;
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
  gemini: {apiKey: string | undefined; model: string; baseUrl: string | undefined; rpm: number};
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

function readConfigFile(file: string, warnings: string[]): ConfigFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
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

/** Loads the configuration; `env` and `cwd` are parameters so tests never touch the real ones. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const home = resolveDataHome(env);
  const configFile = findConfigFile(home, cwd);
  const warnings: string[] = [];
  const file: ConfigFile = configFile ? readConfigFile(configFile, warnings) : {};
  const pick = (key: keyof ConfigFile): string | undefined => {
    const fromEnv = env[key];
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    const fromFile = file[key];
    return fromFile === undefined ? undefined : String(fromFile);
  };
  const databases: Partial<Record<NotionEntity, string>> = {};
  for (const entity of notionEntities) {
    const value = pick(notionDatabaseVariables[entity] as keyof ConfigFile);
    if (value) databases[entity] = value;
  }
  const protect = pick('PROTECT_NOTION');
  // Name where a bad value came from: the environment wins over the settings file.
  const sourceOf = (key: keyof ConfigFile) =>
    env[key] !== undefined && env[key] !== '' ? 'from the environment' : `in ${configFile}`;
  type NumberKey = 'NOTION_RATE_LIMIT' | 'ANKI_MIN_QUALITY' | 'GEMINI_RPM' | 'ANKI_LEECH_LAPSES';
  const number = (key: NumberKey, fallback: number) =>
    toNumber(pick(key), key, fallback, sourceOf(key));
  return {
    home,
    configFile,
    databaseUrl: pick('DATABASE_URL'),
    notion: {
      token: pick('NOTION_TOKEN') ?? pick('NOTION_API_KEY'),
      baseUrl: pick('NOTION_BASE_URL'),
      databases,
      rateLimit: number('NOTION_RATE_LIMIT', 3),
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
    },
    warnings,
  };
}

/** Every secret value in a config, so output paths can redact them. */
export function secretValues(config: Config): string[] {
  return [config.notion.token, config.anki.key, config.gemini.apiKey].filter(
    (value): value is string => Boolean(value && value.length >= 4),
  );
}
