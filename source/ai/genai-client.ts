import {GoogleGenAI} from '@google/genai';
import {UserError} from '../errors.js';

/** Which service answers: the Gemini API (AI Studio key) or Vertex AI. */
export type AiProvider = 'gemini' | 'vertex';

/** Vertex AI settings (GOOGLE_GENAI_USE_VERTEXAI, GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_LOCATION). */
export interface VertexSettings {
  readonly project?: string | undefined;
  /** Default `global`, as the SDK's own. */
  readonly location?: string | undefined;
}

/** What {@link createGenAi} needs. */
export interface GenAiSettings {
  readonly apiKey?: string | undefined;
  /** Set to use Vertex AI instead of the Gemini API. */
  readonly vertex?: VertexSettings | null | undefined;
  readonly baseUrl?: string | undefined;
  readonly timeoutMs: number;
}

// The SDK's constructor reads GEMINI_API_KEY/GOOGLE_API_KEY itself and announces with
// console.debug which of those settings wins, which would land in `--json` output on stdout.
// nls passes every setting explicitly, so the notice says nothing the user needs.
function quietly<T>(make: () => T): T {
  const debug = console.debug;
  console.debug = () => {};
  try {
    return make();
  } finally {
    console.debug = debug;
  }
}

/**
 * The SDK client for the configured provider. Vertex AI with a project authenticates through
 * Application Default Credentials (google-auth-library inside the SDK: the file named by
 * GOOGLE_APPLICATION_CREDENTIALS, else gcloud's, else the metadata server); Vertex AI without
 * a project but with a key is the SDK's express mode. The SDK makes exactly one attempt per
 * call (no retryOptions): nls's own loop is the only retry.
 */
export function createGenAi(settings: GenAiSettings): {ai: GoogleGenAI; provider: AiProvider} {
  const apiKey = settings.apiKey?.trim() ?? '';
  const httpOptions = {
    ...(settings.baseUrl === undefined ? {} : {baseUrl: settings.baseUrl}),
    timeout: settings.timeoutMs,
  };
  const vertex = settings.vertex;
  if (!vertex) {
    if (apiKey === '') {
      throw new UserError('No Gemini API key is configured.', {hint: 'set GEMINI_API_KEY'});
    }
    return {ai: new GoogleGenAI({apiKey, vertexai: false, httpOptions}), provider: 'gemini'};
  }
  const project = vertex.project?.trim() ?? '';
  if (project !== '') {
    const location = vertex.location?.trim() || 'global';
    return {
      ai: quietly(() => new GoogleGenAI({vertexai: true, project, location, httpOptions})),
      provider: 'vertex',
    };
  }
  if (apiKey === '') {
    throw new UserError('Vertex AI is on but no Google Cloud project is configured.', {
      hint: 'set GOOGLE_CLOUD_PROJECT (and run gcloud auth application-default login), or GEMINI_API_KEY for Vertex AI express mode',
    });
  }
  return {
    ai: quietly(() => new GoogleGenAI({vertexai: true, apiKey, httpOptions})),
    provider: 'vertex',
  };
}
