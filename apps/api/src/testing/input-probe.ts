import { z } from 'zod';

export type JsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/**
 * What to put where: a uuid field gets `idFor(key)`, a string field named `id`, `…Id` or `…Ids` too when
 * `idFor` has one for it (a session's id; not a plugin's), every other free string `text`. `key` is the
 * field's own name (`contractId`; `contractIds` for its items).
 */
export interface ProbeValues {
  idFor: (key: string, uuid: boolean) => string | undefined;
  text: string;
}

const ID_KEY = /^(id|.*Ids?)$/;

function stringFor(schema: JsonSchema, key: string, values: ProbeValues): string {
  if (schema.format === 'uuid') return values.idFor(key, true) ?? '00000000-0000-4000-8000-000000000000';
  const id = ID_KEY.test(key) && !schema.pattern ? values.idFor(key, false) : undefined;
  if (id) return id;
  if (schema.format === 'email') return 'probe@example.com';
  if (schema.format === 'date-time') return '2026-03-02T01:00:00Z';
  if (schema.pattern === '^[0-9a-f]{64}$') return '0'.repeat(64);
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  let text = values.text.length >= min ? values.text : values.text.padEnd(min, 'x');
  if (text.length > max) text = text.slice(0, max);
  return text;
}

/** A value for a JSON Schema (from zod's toJSONSchema), filled with the probe values. */
export function sampleFor(schema: JsonSchema, values: ProbeValues, key = ''): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return sampleFor(variants.find((v) => v.type !== 'null') ?? variants[0]!, values, key);
  if (schema.allOf?.[0]) return sampleFor(schema.allOf[0], values, key);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sampleFor(v, values, k)]),
      );
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () =>
        sampleFor(schema.items ?? {}, values, key),
      );
    case 'string':
      return stringFor(schema, key, values);
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    default:
      return values.text;
  }
}

export function jsonSchemaOf(input: z.ZodType): JsonSchema {
  return z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** The id fields anywhere in an input, by name: true for a uuid, false for a free string named like an id. */
export function idKeysOf(
  schema: JsonSchema,
  key = '',
  out = new Map<string, boolean>(),
): Map<string, boolean> {
  for (const v of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    idKeysOf(v, key, out);
  if (schema.properties) for (const [k, v] of Object.entries(schema.properties)) idKeysOf(v, k, out);
  if (schema.items) idKeysOf(schema.items, key, out);
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (type.includes('string') && schema.format === 'uuid') out.set(key, true);
  else if (type.includes('string') && ID_KEY.test(key) && !schema.pattern && !out.has(key))
    out.set(key, false);
  return out;
}

/** Sample inputs for a procedure's zod input schema, one per probe (duplicates dropped). */
export function probeInputs(json: JsonSchema | undefined, probes: ProbeValues[]): unknown[] {
  if (!json) return [undefined];
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const probe of probes) {
    const sample = sampleFor(json, probe);
    const key = JSON.stringify(sample);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(sample);
    }
  }
  return out;
}
