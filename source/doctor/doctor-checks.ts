import {existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describeAnkiDay} from '../config/anki-day-settings.js';
import {notionDatabaseVariables, notionEntities} from '../config/config-schema.js';
import {type Config, maskSecret} from '../config/load-config.js';
import {embeddedDataDir} from '../config/paths.js';
import {openDatabase} from '../db/connection.js';
import {migrate, migrationStatus} from '../db/migrate.js';
import {isUserError} from '../errors.js';

/** The outcome of one doctor check. */
export interface CheckResult {
  name: string;
  status: 'ok' | 'warn' | 'fail' | 'skip';
  detail: string;
  /** What to do about a warn/fail, naming the setting or command. */
  fix?: string;
}

const timeoutMs = 3000;

async function checkDatabase(config: Config): Promise<CheckResult> {
  try {
    const db = await openDatabase({
      databaseUrl: config.databaseUrl,
      connectTimeout: config.databaseConnectTimeout,
      dataDir: embeddedDataDir(config.home),
    });
    try {
      // A new data directory gets its schema here, as any other command would create it.
      const applied = await migrate(db.sql).catch(() => []);
      const status = await migrationStatus(db.sql);
      const pending = status.filter((entry) => entry.state === 'pending').length;
      const edited = status.filter((entry) => entry.state === 'edited');
      const where = `${db.mode} (${db.location})`;
      if (edited.length > 0) {
        return {
          name: 'database',
          status: 'fail',
          detail: `${where}: ${edited[0]!.name} was edited after it was applied`,
          fix: 'Restore the original migration file; see nls db status.',
        };
      }
      return pending > 0
        ? {
            name: 'database',
            status: 'warn',
            detail: `${where}: ${pending} migration(s) pending`,
            fix: 'Run nls db migrate (other commands also apply them automatically).',
          }
        : {
            name: 'database',
            status: 'ok',
            detail: `${where}: schema up to date${applied.length > 0 ? ` (created, ${applied.length} migrations)` : ''}`,
          };
    } finally {
      await db.close();
    }
  } catch (error) {
    return {
      name: 'database',
      status: 'fail',
      detail: isUserError(error) ? error.message : String(error),
      fix: isUserError(error) ? error.hint : 'Check DATABASE_URL or NLS_HOME.',
    };
  }
}

async function request(url: string, init: RequestInit): Promise<Response> {
  return fetch(url, {...init, signal: AbortSignal.timeout(timeoutMs)});
}

async function checkNotion(config: Config, offline: boolean): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const {token, baseUrl, databases} = config.notion;
  if (!token) {
    results.push({
      name: 'Notion token',
      status: 'warn',
      detail: 'NOTION_TOKEN is not set, so nls sync notion cannot run',
      fix: 'Create an internal integration in Notion (Settings → Connections → Develop or manage integrations), then set NOTION_TOKEN to its secret.',
    });
  } else if (offline) {
    results.push({name: 'Notion token', status: 'skip', detail: `set (${maskSecret(token)})`});
  } else {
    const base = (baseUrl ?? 'https://api.notion.com').replace(/\/$/, '');
    try {
      const response = await request(`${base}/v1/users/me`, {
        headers: {authorization: `Bearer ${token}`, 'notion-version': '2025-09-03'},
      });
      results.push(
        response.ok
          ? {name: 'Notion token', status: 'ok', detail: `accepted (${maskSecret(token)})`}
          : {
              name: 'Notion token',
              status: 'fail',
              detail: `Notion answered ${response.status} for the token ${maskSecret(token)}`,
              fix: 'Copy the integration secret again into NOTION_TOKEN.',
            },
      );
    } catch {
      results.push({
        name: 'Notion token',
        status: 'fail',
        detail: `Notion is not reachable at ${base} (token ${maskSecret(token)} not checked)`,
        fix: 'Check the network, or NOTION_BASE_URL if you set it.',
      });
    }
  }
  for (const entity of notionEntities) {
    const variable = notionDatabaseVariables[entity];
    const id = databases[entity];
    results.push(
      id
        ? {name: `Notion ${entity}`, status: 'ok', detail: `${variable} = ${id}`}
        : {
            name: `Notion ${entity}`,
            status: 'skip',
            detail: `${variable} is not set; this database will not be synced`,
            fix: `Set ${variable} to the database's id or URL (Share → Copy link) if you keep ${entity.replace('_', ' ')} in Notion.`,
          },
    );
  }
  return results;
}

async function checkAnki(config: Config, offline: boolean): Promise<CheckResult> {
  if (offline) return {name: 'AnkiConnect', status: 'skip', detail: config.anki.url};
  try {
    const response = await request(config.anki.url, {
      method: 'POST',
      body: JSON.stringify({action: 'version', version: 6, key: config.anki.key}),
    });
    const body = (await response.json()) as {result?: unknown; error?: unknown};
    if (body.error) {
      return {
        name: 'AnkiConnect',
        status: 'fail',
        detail: `AnkiConnect at ${config.anki.url} answered: ${String(body.error)}`,
        fix: 'Check ANKI_CONNECT_KEY against the add-on\'s "apiKey" setting.',
      };
    }
    return {
      name: 'AnkiConnect',
      status: 'ok',
      detail: `version ${body.result} at ${config.anki.url}`,
    };
  } catch {
    return {
      name: 'AnkiConnect',
      status: 'warn',
      detail: `not reachable at ${config.anki.url}`,
      fix: 'Start Anki with the AnkiConnect add-on (code 2055492159), or set ANKI_CONNECT_URL.',
    };
  }
}

// Where google-auth-library looks for Application Default Credentials, besides the metadata
// server of a Google Cloud machine.
function adcFile(env: NodeJS.ProcessEnv): string | null {
  const named = env.GOOGLE_APPLICATION_CREDENTIALS;
  if (named) return existsSync(named) ? named : null;
  const gcloud =
    process.platform === 'win32'
      ? path.join(env.APPDATA ?? '', 'gcloud', 'application_default_credentials.json')
      : path.join(os.homedir(), '.config', 'gcloud', 'application_default_credentials.json');
  return existsSync(gcloud) ? gcloud : null;
}

function checkVertex(config: Config, env: NodeJS.ProcessEnv): CheckResult {
  const {vertex, apiKey, model} = config.gemini;
  const name = 'Vertex AI';
  if (!vertex?.project) {
    return apiKey
      ? {name, status: 'ok', detail: `express mode, key ${maskSecret(apiKey)}, model ${model}`}
      : {
          name,
          status: 'warn',
          detail: 'GOOGLE_GENAI_USE_VERTEXAI is on but GOOGLE_CLOUD_PROJECT is not set',
          fix: 'Set GOOGLE_CLOUD_PROJECT (and GOOGLE_CLOUD_LOCATION), or GEMINI_API_KEY for express mode.',
        };
  }
  const where = `project ${vertex.project}, location ${vertex.location}, model ${model}`;
  const credentials = adcFile(env);
  return credentials
    ? {name, status: 'ok', detail: `${where}; credentials from ${credentials}`}
    : {
        name,
        status: 'warn',
        detail: `${where}; no Application Default Credentials file found`,
        fix: 'Run gcloud auth application-default login, or set GOOGLE_APPLICATION_CREDENTIALS (not needed on Google Cloud machines).',
      };
}

function checkGemini(config: Config, env: NodeJS.ProcessEnv = process.env): CheckResult {
  if (config.gemini.vertex) return checkVertex(config, env);
  return config.gemini.apiKey
    ? {
        name: 'Gemini',
        status: 'ok',
        detail: `key set (${maskSecret(config.gemini.apiKey)}), model ${config.gemini.model}`,
      }
    : {
        name: 'Gemini',
        status: 'warn',
        detail: 'GEMINI_API_KEY is not set, so nls clean --rewrite cannot propose rewrites',
        fix: 'Create a key in Google AI Studio and set GEMINI_API_KEY, or use Vertex AI (GOOGLE_GENAI_USE_VERTEXAI).',
      };
}

/** Runs every check; the database is checked first because nothing works without it. */
export async function runDoctor(
  config: Config,
  options: {offline?: boolean} = {},
): Promise<CheckResult[]> {
  const offline = Boolean(options.offline);
  const results: CheckResult[] = [await checkDatabase(config)];
  results.push(...(await checkNotion(config, offline)));
  results.push(await checkAnki(config, offline));
  results.push({name: 'Anki day', status: 'ok', detail: describeAnkiDay(config.anki.day)});
  results.push(checkGemini(config));
  for (const warning of config.warnings) {
    results.push({name: 'settings file', status: 'warn', detail: warning});
  }
  return results;
}
