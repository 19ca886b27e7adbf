import { z } from 'zod';

type JsonSchema = {
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

/** What to put where: every uuid field gets `uuid`, every free string `text`. */
export interface ProbeValues {
  uuid: string;
  text: string;
}

function stringFor(schema: JsonSchema, values: ProbeValues): string {
  if (schema.format === 'uuid') return values.uuid;
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
export function sampleFor(schema: JsonSchema, values: ProbeValues): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return sampleFor(variants.find((v) => v.type !== 'null') ?? variants[0]!, values);
  if (schema.allOf?.[0]) return sampleFor(schema.allOf[0], values);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sampleFor(v, values)]),
      );
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () =>
        sampleFor(schema.items ?? {}, values),
      );
    case 'string':
      return stringFor(schema, values);
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    default:
      return values.text;
  }
}

/** Sample inputs for a procedure's zod input schema, one per probe. */
export function probeInputs(input: z.ZodType | undefined, probes: ProbeValues[]): unknown[] {
  if (!input) return [undefined];
  const json = z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
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
