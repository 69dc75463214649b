import {createRewriter, type Rewriter} from '../ai/gemini-rewriter.js';
import type {Config} from '../config/load-config.js';
import {UserError} from '../errors.js';

/** When a job wants Gemini rewrites, and how to name it in the error when none is configured. */
export interface RewriterWish {
  wanted: boolean;
  /** The command that asked, e.g. `nls clean --rewrite`. */
  command: string;
  /** What to run instead without rewrites, e.g. `nls clean without --rewrite`. */
  without: string;
}

/**
 * The Gemini rewriter every job that rewrites cards uses, from `config.gemini`: Vertex AI with a
 * project signs in with Application Default Credentials, otherwise a key. Null when not wanted;
 * a clear error when wanted but neither is set.
 */
export function rewriterFor(config: Config, wish: RewriterWish): Rewriter | null {
  if (!wish.wanted) return null;
  const {gemini} = config;
  if (!gemini.apiKey && !gemini.vertex?.project) {
    throw new UserError(`${wish.command} needs a Gemini API key or Vertex AI settings.`, {
      hint: `set GEMINI_API_KEY, or GOOGLE_GENAI_USE_VERTEXAI=true with GOOGLE_CLOUD_PROJECT (or run ${wish.without})`,
    });
  }
  return createRewriter({
    apiKey: gemini.apiKey,
    vertex: gemini.vertex,
    model: gemini.model,
    baseUrl: gemini.baseUrl,
    rpm: gemini.rpm,
  });
}
