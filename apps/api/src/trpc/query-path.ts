import { type AnyRouter, getErrorShape, getTRPCErrorFromUnknown, type TRPCError } from '@trpc/server';
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

/** A procedure's definition as tRPC keeps it: its middlewares, the resolver last. */
interface ProcedureDef {
  type?: string;
  meta?: unknown;
  middlewares: Middleware[];
}
interface MiddlewareResult {
  ok: boolean;
  data?: unknown;
  error?: unknown;
}
interface NextOptions {
  ctx?: object;
  input?: unknown;
  getRawInput?: () => Promise<unknown>;
}
type Middleware = (opts: Record<string, unknown>) => Promise<MiddlewareResult>;

interface Call {
  path: string;
  def: ProcedureDef;
  input: unknown;
}

interface Level {
  path: string;
  batchIndex: number;
  ctx: object;
  input: unknown;
  getRawInput: () => Promise<unknown>;
}

/**
 * tRPC's own middleware chain (`callRecursive` in @trpc/server's initTRPC): the same options reach each
 * middleware and the same results come back, but each level's options are one object literal. tRPC's
 * build spreads them with a compiled helper (`_objectSpread2`, two per level): a tenth of the lightest
 * procedure's CPU on Node 20 (docs/performance.md). A context a middleware adds is merged with
 * Object.assign, as tRPC merges it with a spread.
 */
async function runChain(def: ProcedureDef, index: number, level: Level): Promise<MiddlewareResult> {
  try {
    return await def.middlewares[index]!({
      path: level.path,
      type: 'query',
      signal: undefined,
      batchIndex: level.batchIndex,
      ctx: level.ctx,
      input: level.input,
      getRawInput: level.getRawInput,
      meta: def.meta,
      next: (nextOptions?: NextOptions) =>
        runChain(def, index + 1, {
          path: level.path,
          batchIndex: level.batchIndex,
          ctx: nextOptions?.ctx ? Object.assign({}, level.ctx, nextOptions.ctx) : level.ctx,
          input: nextOptions && 'input' in nextOptions ? nextOptions.input : level.input,
          getRawInput: nextOptions?.getRawInput ?? level.getRawInput,
        }),
    });
  } catch (cause) {
    return { ok: false, error: getTRPCErrorFromUnknown(cause) };
  }
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
  const procedures = opts.router._def.procedures as Record<string, { _def?: ProcedureDef }>;
  const calls: Call[] = [];
  for (const [index, path] of paths.entries()) {
    const def = Object.hasOwn(procedures, path) ? procedures[path]?._def : undefined;
    if (def?.type !== 'query' || !Array.isArray(def.middlewares)) return null;
    const input = isBatch ? (inputs as Record<string, unknown> | undefined)?.[index] : inputs;
    calls.push({ path, def, input });
  }
  return calls;
}

interface Batch {
  opts: QueryPathOptions;
  ctx: RequestContext;
  config: AnyRouter['_def']['_config'];
  errors: (TRPCError | undefined)[];
}

/** One call's `{result}` or `{error}` item, as tRPC's adapter words it. */
async function answerCall(batch: Batch, call: Call, batchIndex: number) {
  const { opts, ctx, config } = batch;
  // What transformTRPCResponse does to each item, without its compiled spreads: data and errors pass
  // through the router's output transformer (the default one returns them as they are).
  const serialize = config.transformer.output.serialize;
  try {
    const result = await runChain(call.def, 0, {
      path: call.path,
      batchIndex,
      ctx,
      input: undefined,
      getRawInput: async () => call.input,
    });
    if (!result.ok) throw result.error;
    return { result: { data: serialize(result.data) } };
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    batch.errors[batchIndex] = error;
    opts.onError({ error, path: call.path });
    return {
      error: serialize(
        getErrorShape({ config, ctx, error, input: call.input, path: call.path, type: 'query' }),
      ),
    };
  }
}

/** The response, or null when the request is not a plain GET of queries (see above). */
export async function answerQueries(opts: QueryPathOptions): Promise<Response | null> {
  const calls = callsOf(opts);
  if (!calls) return null;
  const config = opts.router._def._config;
  const resHeaders = new Headers();
  const ctx = opts.createContext(resHeaders);
  const batch: Batch = { opts, ctx, config, errors: [] };
  // One call (most reads) without Promise.all and a closure per call.
  const results =
    calls.length === 1
      ? [await answerCall(batch, calls[0]!, 0)]
      : await Promise.all(calls.map((call, batchIndex) => answerCall(batch, call, batchIndex)));
  const errors = batch.errors;
  const isBatch = opts.searchParams.get('batch') === '1';
  const json = isBatch ? results : results[0]!;
  const body = JSON.stringify(json);
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
