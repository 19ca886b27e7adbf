import semver from 'semver';
import { z } from 'zod';
import {
  AUTHORITIES,
  BASIS_KINDS,
  type DataServiceLinePlugin,
  EVIDENCE_KINDS,
  INSPECTION_KINDS,
  PERIOD_UNITS,
  RECORD_FIELD_TYPES,
  ROLES,
  SEVERITIES,
  SURVEY_QUESTION_TYPES,
} from '../contract.ts';
import { CODE_MAX_LENGTH, CODE_PATTERN, isTenantCode, PLUGIN_ID_PATTERN } from './codes.ts';

// Custom messages are written as "problem — fix"; the collector prefixes plugin and path.
const nonEmpty = (what: string) =>
  z.string().refine((s) => s.trim() !== '', { error: `${what} is empty — fill it in` });

export const localizedSchema = z.strictObject({
  zh: nonEmpty('the Chinese text (zh)'),
  en: nonEmpty('the English text (en)'),
});

const codeShape = z
  .string()
  .max(CODE_MAX_LENGTH, { error: `code is longer than ${CODE_MAX_LENGTH} characters — shorten it` })
  .regex(CODE_PATTERN, {
    error: 'is not a valid code — use letters, digits, ".", "_" and "-", starting with a letter or digit',
  });

/** A plugin's own code: never in the tenants' `x-` namespace. */
export const codeSchema = codeShape.refine((c) => !isTenantCode(c), {
  error: 'starts with "x-", which is reserved for tenants\' own items — choose another prefix',
});

/** A tenant's own code: always in the `x-` namespace. */
export const tenantCodeSchema = codeShape.refine(isTenantCode, {
  error: 'a tenant\'s own item must have a code starting with "x-" — e.g. "x-lobby-flowers"',
});

export const basisSchema = z.strictObject({
  rule: nonEmpty('basis.rule'),
  clause: nonEmpty('basis.clause').optional(),
  kind: z.enum(BASIS_KINDS),
  note: localizedSchema.optional(),
});

export const periodSchema = z.strictObject({
  unit: z.enum(PERIOD_UNITS),
  count: z.int().min(1, { error: 'count must be at least 1 — e.g. { unit: "day", count: 15 }' }),
});

const indicatorSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('qualitative') }),
  z.strictObject({
    type: z.literal('quantitative'),
    unit: nonEmpty('unit'),
    target: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
]);

const standardSchema = z.strictObject({
  code: codeSchema,
  kind: z.enum(['service', 'supervision']),
  category: z.string(),
  title: localizedSchema,
  description: localizedSchema.optional(),
  indicator: indicatorSchema,
  basis: basisSchema,
});

export const deductionSchema = z.strictObject({
  default: z.number().min(0, { error: 'a deduction cannot be negative — use 0 or more points' }),
  min: z.number().min(0, { error: 'a deduction cannot be negative — use 0 or more points' }),
  max: z.number(),
});

export const measurementSchema = z.strictObject({
  unit: nonEmpty('measurement.unit'),
  min: z.number().optional(),
  max: z.number().optional(),
});

const itemFields = {
  text: localizedSchema,
  category: z.string(),
  standard: z.string().optional(),
  severity: z.enum(SEVERITIES),
  deduction: deductionSchema,
  evidence: z.array(z.enum(EVIDENCE_KINDS)),
  measurement: measurementSchema.optional(),
  appliesTo: z.strictObject({ siteTags: z.array(nonEmpty('site tag')).optional() }).optional(),
  allowNA: z.boolean(),
  guidance: localizedSchema.optional(),
  basis: basisSchema,
};

export const checklistItemSchema = z.strictObject({ code: codeSchema, ...itemFields });
/** A tenant's own item, added by an overlay. */
export const tenantItemSchema = z.strictObject({ code: tenantCodeSchema, ...itemFields });

const templateSchema = z.strictObject({
  code: codeSchema,
  name: localizedSchema,
  description: localizedSchema.optional(),
  inspectionKinds: z
    .array(z.enum(INSPECTION_KINDS))
    .min(1, { error: 'no inspection kind — list at least one, e.g. ["patrol"]' }),
  assessmentLevel: z.enum(['daily', 'monthly', 'semiannual']).optional(),
  items: z.array(checklistItemSchema).min(1, { error: 'the template has no items — add at least one' }),
});

const cadenceSchema = z.strictObject({
  code: codeSchema,
  name: localizedSchema,
  template: z.string(),
  inspectionKind: z.enum(INSPECTION_KINDS),
  every: periodSchema,
  workingDaysOnly: z.boolean().optional(),
  warningDays: z.int().min(0, { error: 'warningDays cannot be negative — use 0 or more days' }),
  includesTemplates: z.array(z.string()).optional(),
  basis: basisSchema,
});

const externalInspectionSchema = z.strictObject({
  code: codeSchema,
  name: localizedSchema,
  authority: z.enum(AUTHORITIES),
  records: z.array(
    z.strictObject({
      code: codeSchema,
      label: localizedSchema,
      type: z.enum(RECORD_FIELD_TYPES),
      unit: nonEmpty('unit').optional(),
      required: z.boolean(),
    }),
  ),
  certificate: z
    .strictObject({
      validityMonths: z.int().min(1, { error: 'validityMonths must be at least 1 — e.g. 12' }),
      warningDays: z.int().min(0, { error: 'warningDays cannot be negative — use 0 or more days' }),
    })
    .optional(),
  template: z.string().optional(),
  every: periodSchema.optional(),
  basis: basisSchema,
});

const workflowSchema = z.strictObject({
  code: codeSchema,
  name: localizedSchema,
  description: localizedSchema.optional(),
  steps: z
    .array(
      z.strictObject({
        code: codeSchema,
        name: localizedSchema,
        role: z.enum(ROLES),
        keyPoints: localizedSchema.optional(),
      }),
    )
    .min(1, { error: 'the workflow has no steps — add at least one' }),
});

const surveySchema = z.strictObject({
  questions: z.array(
    z.strictObject({ code: codeSchema, text: localizedSchema, type: z.enum(SURVEY_QUESTION_TYPES) }),
  ),
});

const retiredSchema = z.strictObject({
  code: z.string(),
  reason: localizedSchema,
  replacedBy: z.string().optional(),
});

const dataFields = {
  apiVersion: z.literal(1),
  id: z.string().regex(PLUGIN_ID_PATTERN, {
    error: 'is not a kebab-case id — use lowercase letters, digits and "-", e.g. "fire-equipment"',
  }),
  version: z.string().refine((v) => semver.valid(v) !== null, {
    error: 'is not a semantic version — use MAJOR.MINOR.PATCH, e.g. "1.0.0"',
  }),
  requires: z.strictObject({
    core: z.string().refine((r) => semver.validRange(r) !== null, {
      error: 'is not a semver range — e.g. "^0.1.0"',
    }),
  }),
  name: localizedSchema,
  description: localizedSchema.optional(),
  scope: z.enum(['line', 'vendor']),
  categories: z.array(
    z.strictObject({ code: codeSchema, name: localizedSchema, description: localizedSchema.optional() }),
  ),
  standards: z.array(standardSchema),
  checklistTemplates: z.array(templateSchema),
  cadences: z.array(cadenceSchema),
  externalInspections: z.array(externalInspectionSchema),
  workflows: z.array(workflowSchema),
  survey: surveySchema.optional(),
  retired: z.array(retiredSchema).optional(),
};

/** The data part of the contract: what a JSON/YAML plugin may contain. */
export const dataServiceLineSchema = z.strictObject(dataFields);

const calculationSchema = z.strictObject({
  name: localizedSchema,
  inputs: z.array(z.strictObject({ code: codeSchema, label: localizedSchema, unit: z.string() })),
  compute: z.custom<(inputs: Readonly<Record<string, number>>) => unknown>((v) => typeof v === 'function', {
    error: 'compute is not a function — write (inputs) => ({ value, unit, ok })',
  }),
});

/** A code plugin: the data part plus pure calculations. */
export const serviceLineSchema = z.strictObject({
  ...dataFields,
  calculations: z.record(codeSchema, calculationSchema).optional(),
});

// Keeps the schema and the TypeScript contract from drifting apart.
type Assert<T extends true> = T;
export type _SchemaMatchesContract = Assert<
  z.infer<typeof dataServiceLineSchema> extends DataServiceLinePlugin ? true : false
>;
