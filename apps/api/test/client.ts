import type { Hono } from 'hono';

type AnyHono = Hono<any>;

export interface CallResult {
  status: number;
  body: any;
  headers: Headers;
}

/**
 * Calls tRPC procedures over the real HTTP stack (app.request): queries as GET, mutations as POST with
 * the same-origin header a browser sends. Keeps the session cookie it is given or receives.
 */
export function trpcClient(app: AnyHono, options: { cookie?: string; locale?: string } = {}) {
  let cookie = options.cookie ?? '';
  const headers = () => ({
    ...(cookie ? { cookie } : {}),
    'sec-fetch-site': 'same-origin',
    'content-type': 'application/json',
    ...(options.locale ? { 'x-steward-locale': options.locale } : {}),
  });
  const remember = (res: Response) => {
    const set = res.headers.get('set-cookie');
    if (set) {
      const pair = set.split(';')[0]!;
      cookie = pair.endsWith('=') ? '' : pair;
    }
  };
  async function read(res: Response): Promise<CallResult> {
    remember(res);
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  }
  return {
    get cookie() {
      return cookie;
    },
    async query(path: string, input?: unknown): Promise<CallResult> {
      const qs = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      return read(await app.request(`/trpc/${path}${qs}`, { headers: headers() }));
    },
    async mutation(path: string, input?: unknown): Promise<CallResult> {
      return read(
        await app.request(`/trpc/${path}`, {
          method: 'POST',
          headers: headers(),
          body: JSON.stringify(input ?? null),
        }),
      );
    },
  };
}

/** The data of a successful call, or a thrown error with the response for the test output. */
export function dataOf(result: CallResult) {
  if (result.status !== 200) throw new Error(`call failed ${result.status}: ${JSON.stringify(result.body)}`);
  return result.body.result.data;
}
