import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Writes Application Default Credentials of type external_account (workload identity
 * federation) whose token exchange (and project lookup) goes to the fake at `baseUrl`, not Google:
 * google-auth-library reads the subject token from a file and posts it to `token_url`. Point
 * GOOGLE_APPLICATION_CREDENTIALS at the returned path; nothing reaches Google.
 */
export function writeVertexCredentials(baseUrl: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nls-adc-'));
  const subjectToken = path.join(dir, 'subject-token.jwt');
  writeFileSync(subjectToken, 'fake-subject-token');
  const file = path.join(dir, 'application_default_credentials.json');
  const credentials = {
    type: 'external_account',
    audience:
      '//iam.googleapis.com/projects/123456/locations/global/workloadIdentityPools/nls-test/providers/fake',
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: `${baseUrl}/v1/token`,
    // Where the library looks up the project of the pool's project number.
    cloud_resource_manager_url: `${baseUrl}/v1/projects/`,
    credential_source: {file: subjectToken},
  };
  writeFileSync(file, JSON.stringify(credentials), {mode: 0o600});
  return file;
}
