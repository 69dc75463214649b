import {afterAll, beforeAll, beforeEach, expect, it} from 'vitest';
import {createRewriter, type RewriterOptions} from '../../source/ai/gemini-rewriter.js';
import {runCleaning} from '../../source/cleaning/pipeline/index.js';
import {loadConfig} from '../../source/config/load-config.js';
import {type GeminiServer, startGeminiServer} from '../fakes/gemini-server.js';
import {writeVertexCredentials} from '../fakes/vertex-credentials.js';
import {describeEachBackend} from '../helpers/database.js';
import {resetCleaningTables, seedAtoms} from './cleaning-fixtures.js';

const now = new Date('2025-06-01T12:00:00Z');
const listBack = '- Connection setup\n- Ordering\n- Retransmission\n- Flow control';
const answer = {
  type: 'text' as const,
  text: JSON.stringify({
    cards: [{front: 'Which TCP feature orders segments?', back: 'Sequencing', reason: 'one fact'}],
    confidence: 0.7,
  }),
};

describeEachBackend('cleaning: rewrites through Vertex AI', (db) => {
  let gemini: GeminiServer;
  const savedCredentials = process.env.GOOGLE_APPLICATION_CREDENTIALS;
  beforeAll(async () => {
    gemini = await startGeminiServer();
    // Application Default Credentials whose token exchange is answered by the fake.
    process.env.GOOGLE_APPLICATION_CREDENTIALS = writeVertexCredentials(gemini.url);
  });
  afterAll(async () => {
    if (savedCredentials === undefined) delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
    else process.env.GOOGLE_APPLICATION_CREDENTIALS = savedCredentials;
    await gemini.close();
  });
  beforeEach(async () => {
    await resetCleaningTables(db().sql);
    gemini.log.length = 0;
  });

  const clean = (options: Partial<RewriterOptions>) => {
    const rewriter = createRewriter({baseUrl: gemini.url, rpm: 60_000, ...options});
    return runCleaning(db(), {now, rewrite: {rewriter, limit: 5}});
  };
  const sources = () =>
    db().sql<{source: string}[]>`select source from review_queue where source <> 'duplicate_merge'`;

  it('with a project, signs in with ADC and records proposals with source vertex', async () => {
    // The settings as a user writes them, through the config loader.
    const config = loadConfig(
      {
        GOOGLE_GENAI_USE_VERTEXAI: 'true',
        GOOGLE_CLOUD_PROJECT: 'nls-study',
        GOOGLE_CLOUD_LOCATION: 'europe-west4',
        NLS_HOME: '/nonexistent-nls-home',
      },
      '/nonexistent-nls-cwd',
    );
    expect(config.gemini.vertex).toEqual({project: 'nls-study', location: 'europe-west4'});
    await seedAtoms(db().sql, [{front: 'What does TCP provide?', back: listBack}]);
    gemini.script(answer);
    const report = await clean({vertex: config.gemini.vertex});
    expect(report.rewrite).toMatchObject({succeeded: 1, proposals: 1, stopped: null});
    expect(await sources()).toEqual([{source: 'vertex'}]);
    const token = gemini.log.find((r) => r.path === '/v1/token');
    const call = gemini.log.find((r) => r.api === 'vertex');
    expect(token?.method).toBe('POST');
    expect(call).toMatchObject({
      api: 'vertex',
      project: 'nls-study',
      location: 'europe-west4',
      model: 'gemini-2.5-flash',
      path: '/v1beta1/projects/nls-study/locations/europe-west4/publishers/google/models/gemini-2.5-flash:generateContent',
    });
    expect(call?.headers.authorization).toBe('Bearer ya29.fake-vertex-access-token');
  });

  it('without a project, uses Vertex AI express mode with the key', async () => {
    await seedAtoms(db().sql, [{front: 'What does TCP provide?', back: listBack}]);
    gemini.script(answer);
    await clean({apiKey: 'test-gemini-key', vertex: {location: 'global'}});
    expect(await sources()).toEqual([{source: 'vertex'}]);
    expect(gemini.log[0]).toMatchObject({api: 'vertex-express'});
    expect(gemini.log[0]?.headers['x-goog-api-key']).toBe('test-gemini-key');
  });

  it('stops the step with a fix when the credentials cannot be loaded', async () => {
    await seedAtoms(db().sql, [{front: 'What does TCP provide?', back: listBack}]);
    const saved = process.env.GOOGLE_APPLICATION_CREDENTIALS;
    process.env.GOOGLE_APPLICATION_CREDENTIALS = '/nonexistent/adc.json';
    try {
      const report = await clean({vertex: {project: 'nls-study', location: 'global'}});
      expect(report.rewrite?.stopped).toMatch(/Vertex AI could not authenticate.*gcloud auth/);
      expect(gemini.log).toHaveLength(0);
    } finally {
      process.env.GOOGLE_APPLICATION_CREDENTIALS = saved;
    }
  });

  it('refuses Vertex AI settings without a project or a key', () => {
    expect(() => createRewriter({vertex: {location: 'global'}})).toThrow(/no Google Cloud project/);
    expect(() =>
      loadConfig({GOOGLE_GENAI_USE_VERTEXAI: 'maybe', NLS_HOME: '/nonexistent'}, '/nonexistent'),
    ).toThrow(/GOOGLE_GENAI_USE_VERTEXAI.*true or false/);
  });
});
