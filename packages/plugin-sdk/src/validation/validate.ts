import {
  type DataServiceLinePlugin,
  PLUGIN_API_VERSION,
  type ServiceLinePlugin,
  SUPPORTED_API_VERSIONS,
} from '../contract.ts';
import { IssueCollector, type PathSegment, type PluginIssue, pluginLabel } from './issues.ts';
import { isObj } from './loose.ts';
import { dataServiceLineSchema, serviceLineSchema } from './schema.ts';
import { checkSemantics } from './semantic.ts';
import { addZodIssue } from './zod-issues.ts';

export interface ValidateOptions {
  /** the version of @steward/core the host runs; `requires.core` must include it */
  readonly coreVersion: string;
  /** 'data' for JSON/YAML plugins: no functions allowed. Default 'code'. */
  readonly kind?: 'code' | 'data';
}

export type ValidationResult<P> =
  | { readonly ok: true; readonly plugin: P }
  | { readonly ok: false; readonly errors: readonly PluginIssue[] };

/** Internal: the issues with their raw path segments, for callers that map them to source lines. */
export function collectIssues(
  input: unknown,
  opts: ValidateOptions,
): (PluginIssue & { segments: readonly PathSegment[] })[] {
  const c = new IssueCollector(pluginLabel(input));
  if (!isObj(input)) {
    c.add(
      [],
      `is ${input === null ? 'null' : typeof input}, not an object`,
      'export the object returned by defineServiceLine({...})',
    );
    return c.issues;
  }
  const api = input.apiVersion;
  if (!SUPPORTED_API_VERSIONS.includes(api as number)) {
    // Another contract version: its fields may mean other things, so stop here (like Backstage's `$$type` check).
    c.add(
      ['apiVersion'],
      api === undefined
        ? 'is missing'
        : `${JSON.stringify(api)} is not supported by this host (supports ${SUPPORTED_API_VERSIONS.join(', ')})`,
      `set apiVersion: ${PLUGIN_API_VERSION}, or upgrade the host`,
    );
    return c.issues;
  }
  let data: unknown = input;
  if (opts.kind === 'data' && 'calculations' in input) {
    c.add(
      ['calculations'],
      'a data-only plugin cannot carry functions',
      'remove calculations, or ship a code plugin',
    );
    const { calculations: _dropped, ...rest } = input;
    data = rest;
  }
  const schema = opts.kind === 'data' ? dataServiceLineSchema : serviceLineSchema;
  const parsed = schema.safeParse(data, { reportInput: true });
  if (!parsed.success) for (const issue of parsed.error.issues) addZodIssue(c, issue);
  checkSemantics(c, data, opts.coreVersion);
  return c.issues;
}

/**
 * Validates a plugin at registration: the schema of the contract plus semantic checks
 * (unique codes, resolvable references, sane deductions, bounds and cadences, the core range).
 * Every problem is reported, not just the first.
 */
export function validateServiceLine(
  input: unknown,
  opts: ValidateOptions & { kind: 'data' },
): ValidationResult<DataServiceLinePlugin>;
export function validateServiceLine(
  input: unknown,
  opts: ValidateOptions,
): ValidationResult<ServiceLinePlugin>;
export function validateServiceLine(
  input: unknown,
  opts: ValidateOptions,
): ValidationResult<ServiceLinePlugin> {
  const issues = collectIssues(input, opts);
  if (issues.length > 0) return { ok: false, errors: issues.map(({ segments: _s, ...rest }) => rest) };
  // Return the author's object itself (not zod's copy): functions and identity stay intact.
  return { ok: true, plugin: input as ServiceLinePlugin };
}
