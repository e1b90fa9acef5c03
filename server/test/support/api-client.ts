import { DEMO_PASSWORD } from './server-process';

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read whatever the API answered
  body: any;
}

/**
 * A plain HTTP client of a server process (global fetch). A refused or reset connection rejects:
 * for the crash tests that is the sign the server is gone.
 */
export class ApiClient {
  constructor(readonly url: string) {}

  async call(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body };
  }

  get(path: string, token?: string): Promise<Answer> {
    return this.call('GET', path, { token });
  }

  async login(username: string, password = DEMO_PASSWORD): Promise<string> {
    const answer = await this.call('POST', '/api/auth/login', { body: { username, password } });
    if (answer.status !== 200) throw new Error(`login as ${username} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.accessToken as string;
  }
}
