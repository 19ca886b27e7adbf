import {
  type AnyRouter,
  getErrorShape,
  getTRPCErrorFromUnknown,
  type TRPCError,
  transformTRPCResponse,
} from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';
import type { RequestContext } from './context.ts';

/**
 * The read path: GET requests whose every call is a query — all the web app's reads (httpBatchLink
 * batches them as GET) and the API's plain `GET /trpc/<query>?input=…` — answered by calling the
 * procedures directly, with the same wire format tRPC's fetch adapter gives (`{result:{data}}` or
 * `{error}`, an array for a batch, the same status codes and headers). The adapter costs 3–4× a bare
 * Hono route by itself (two AbortControllers and AbortSignal.any per call, the URL parsed twice, object
 * spreads; docs/performance.md). Anything else — mutations, streaming, an unknown path, input that is
 * not JSON, a batch too large — returns null and goes through the adapter, which words those errors.
 */
export interface QueryPathOptions {
  router: AnyRouter;
  req: Request;
  /** the path after /trpc/ */
  path: string;
  searchParams: URLSearchParams;
  maxBatchSize: number;
  /** a request header (the caller may read them without building a Headers object) */
  header(name: string): string | null;
  /** added to the response's headers (the request id) */
  responseHeaders: Record<string, string>;
  createContext(resHeaders: Headers): RequestContext;
  onError(opts: { error: TRPCError; path: string }): void;
}

interface Call {
  path: string;
  procedure: (opts: unknown) => Promise<unknown>;
  input: unknown;
}

function callsOf(opts: QueryPathOptions): Call[] | null {
  const { req, searchParams, header } = opts;
  if (req.method !== 'GET' || header('trpc-accept') !== null) return null;
  const contentType = header('content-type');
  if (contentType !== null && !contentType.startsWith('application/json')) return null;
  if (searchParams.has('connectionParams')) return null;
  const isBatch = searchParams.get('batch') === '1';
  const paths = isBatch ? opts.path.split(',') : [opts.path];
  if (paths.length > opts.maxBatchSize) return null;
  let inputs: unknown;
  const raw = searchParams.get('input');
  try {
    if (raw) inputs = JSON.parse(raw);
  } catch {
    return null;
  }
  if (
    isBatch &&
    inputs !== undefined &&
    (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs))
  )
    return null;
  const procedures = opts.router._def.procedures as Record<
    string,
    Call['procedure'] & { _def?: { type?: string } }
  >;
  const calls: Call[] = [];
  for (const [index, path] of paths.entries()) {
    const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
    if (typeof procedure !== 'function' || procedure._def?.type !== 'query') return null;
    const input = isBatch ? (inputs as Record<string, unknown> | undefined)?.[index] : inputs;
    calls.push({ path, procedure, input });
  }
  return calls;
}

/** The response, or null when the request is not a plain GET of queries (see above). */
export async function answerQueries(opts: QueryPathOptions): Promise<Response | null> {
  const calls = callsOf(opts);
  if (!calls) return null;
  const config = opts.router._def._config;
  const resHeaders = new Headers();
  const ctx = opts.createContext(resHeaders);
  const errors: (TRPCError | undefined)[] = [];
  const results = await Promise.all(
    calls.map(async (call, batchIndex) => {
      try {
        const data = await call.procedure({
          path: call.path,
          getRawInput: async () => call.input,
          ctx,
          type: 'query',
          signal: undefined,
          batchIndex,
        });
        return { result: { data } };
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        errors[batchIndex] = error;
        opts.onError({ error, path: call.path });
        return {
          error: getErrorShape({ config, ctx, error, input: call.input, path: call.path, type: 'query' }),
        };
      }
    }),
  );
  const isBatch = opts.searchParams.get('batch') === '1';
  const json = isBatch ? results : results[0]!;
  const body = JSON.stringify(transformTRPCResponse(config, json as never));
  const status = getHTTPStatusCode(json as never, errors as TRPCError[]);
  const plain = { vary: 'trpc-accept, accept', 'content-type': 'application/json', ...opts.responseHeaders };
  // A plain header object keeps @hono/node-server on its fast path; a Headers object only when a
  // procedure added headers (a Set-Cookie), appended after the adapter's as tRPC does.
  if (!resHeaders.keys().next().done) {
    const headers = new Headers(plain);
    for (const [key, value] of resHeaders) headers.append(key, value);
    return new Response(body, { status, headers });
  }
  return new Response(body, { status, headers: plain });
}
