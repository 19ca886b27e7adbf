/**
 * The service-line plugin contract (API version 1).
 *
 * A plugin is plain data plus, for code plugins only, a few pure functions (`calculations`).
 * Compatibility rule: within API version 1 fields are only ever ADDED, and only as optional;
 * a breaking change is a new API version that the host can tell apart and refuse.
 *
 * Codes are stable identifiers that tenants' overlays and past inspections refer to:
 * - pattern `^[A-Za-z0-9][A-Za-z0-9._-]*$`, at most 64 characters (e.g. 'elevator.door.gap');
 * - never start with `x-` (that prefix belongs to tenants' own items);
 * - unique within their kind across the whole plugin (checklist item codes too — across ALL templates);
 * - once released, a code is never removed or reused for something else: list it in `retired` instead.
 */

export const PLUGIN_API_VERSION = 1 as const;
export const SUPPORTED_API_VERSIONS: readonly number[] = [1];

/** Every user-facing text exists in Chinese and English; both must be non-empty. */
export interface Localized {
  readonly zh: string;
  readonly en: string;
}

export const BASIS_KINDS = ['verified', 'practice'] as const;
/** 'verified' cites a rule checked against its text; 'practice' where the standards doc marks an inference [I]. */
export type BasisKind = (typeof BASIS_KINDS)[number];

export interface Basis {
  /** e.g. 'TSG T5002-2017', 'GB 25201-2010', 'practice' */
  readonly rule: string;
  /** e.g. '§4.2', '附件A 第3项' */
  readonly clause?: string;
  readonly kind: BasisKind;
  readonly note?: Localized;
}

export const INSPECTION_KINDS = ['patrol', 'joint', 'leadership', 'spot', 'self', 'external'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const ROLES = [
  'admin',
  'supervisor',
  'leader',
  'general_contractor',
  'contractor',
  'liaison',
  'recipient',
  'external_inspector',
  'evaluator',
] as const;
export type Role = (typeof ROLES)[number];

export const SEVERITIES = ['general', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const EVIDENCE_KINDS = ['photo', 'measurement', 'document'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const ASSESSMENT_LEVELS = ['daily', 'monthly', 'semiannual'] as const;
export type AssessmentLevel = (typeof ASSESSMENT_LEVELS)[number];

export const PERIOD_UNITS = ['day', 'week', 'month', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

export interface Period {
  readonly unit: PeriodUnit;
  /** >= 1; e.g. { unit: 'day', count: 15 } for elevator maintenance */
  readonly count: number;
}

export interface CategoryDef {
  readonly code: string;
  readonly name: Localized;
  readonly description?: Localized;
}

export type Indicator =
  | { readonly type: 'qualitative' }
  | {
      readonly type: 'quantitative';
      readonly unit: string;
      readonly target?: number;
      readonly min?: number;
      readonly max?: number;
    };

/** A service standard (what the service must achieve, R9) or supervision standard (how it is checked, R10). */
export interface StandardDef {
  readonly code: string;
  readonly kind: 'service' | 'supervision';
  /** a CategoryDef code */
  readonly category: string;
  readonly title: Localized;
  readonly description?: Localized;
  readonly indicator: Indicator;
  readonly basis: Basis;
}

/** Points of the 100-point monthly assessment; min <= default <= max, 0 < max <= 100. */
export interface Deduction {
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

export interface MeasurementSpec {
  readonly unit: string;
  readonly min?: number;
  readonly max?: number;
}

export interface Applicability {
  /** the item applies only at sites carrying at least one of these tags (e.g. 'kitchen', 'high-rise') */
  readonly siteTags?: readonly string[];
}

export interface ChecklistItem {
  /** unique across all templates of the plugin */
  readonly code: string;
  readonly text: Localized;
  /** a CategoryDef code */
  readonly category: string;
  /** a StandardDef code */
  readonly standard?: string;
  readonly severity: Severity;
  readonly deduction: Deduction;
  readonly evidence: readonly EvidenceKind[];
  /** required when evidence includes 'measurement' is sensible; bounds are the acceptable range */
  readonly measurement?: MeasurementSpec;
  readonly appliesTo?: Applicability;
  readonly allowNA: boolean;
  /** how to check, shown to the inspector */
  readonly guidance?: Localized;
  readonly basis: Basis;
}

export interface ChecklistTemplate {
  readonly code: string;
  readonly name: Localized;
  readonly description?: Localized;
  readonly inspectionKinds: readonly InspectionKind[];
  /** which level of the three-level linkage (R12) this template's results count towards */
  readonly assessmentLevel?: AssessmentLevel;
  readonly items: readonly ChecklistItem[];
}

export interface Cadence {
  readonly code: string;
  readonly name: Localized;
  /** a ChecklistTemplate code */
  readonly template: string;
  readonly inspectionKind: InspectionKind;
  readonly every: Period;
  readonly workingDaysOnly?: boolean;
  /** days before the due date when the plan turns to "due soon"; 0 <= warningDays */
  readonly warningDays: number;
  /**
   * cumulative levels (e.g. TSG T5002's quarterly maintenance also performs the half-monthly items):
   * codes of other ChecklistTemplates performed at the same occurrence
   */
  readonly includesTemplates?: readonly string[];
  readonly basis: Basis;
}

export const AUTHORITIES = [
  'market-regulator',
  'health',
  'fire',
  'special-equipment-institute',
  'price',
  'police',
  'fire-technical-service',
  'evaluator',
] as const;
export type Authority = (typeof AUTHORITIES)[number];

export const RECORD_FIELD_TYPES = ['text', 'number', 'date', 'boolean', 'document'] as const;
export type RecordFieldType = (typeof RECORD_FIELD_TYPES)[number];

export interface ExternalRecordField {
  readonly code: string;
  readonly label: Localized;
  readonly type: RecordFieldType;
  readonly unit?: string;
  readonly required: boolean;
}

export interface CertificateSpec {
  /** >= 1 */
  readonly validityMonths: number;
  /** >= 0 */
  readonly warningDays: number;
}

/** An inspection by an outside authority or evaluator (R7): what they record, what certificate results. */
export interface ExternalInspectionType {
  readonly code: string;
  readonly name: Localized;
  readonly authority: Authority;
  readonly records: readonly ExternalRecordField[];
  readonly certificate?: CertificateSpec;
  /** a ChecklistTemplate code the external inspector fills in, if any */
  readonly template?: string;
  /** how often it is required, if periodic (e.g. the annual elevator inspection) */
  readonly every?: Period;
  readonly basis: Basis;
}

export interface WorkflowStep {
  readonly code: string;
  readonly name: Localized;
  readonly role: Role;
  readonly keyPoints?: Localized;
}

/** An ISO 9001-style procedure (R11): ordered steps with responsible roles. */
export interface Workflow {
  readonly code: string;
  readonly name: Localized;
  readonly description?: Localized;
  readonly steps: readonly WorkflowStep[];
}

export const SURVEY_QUESTION_TYPES = ['satisfaction5', 'yesno', 'text'] as const;
export type SurveyQuestionType = (typeof SURVEY_QUESTION_TYPES)[number];

export interface SurveyQuestion {
  readonly code: string;
  readonly text: Localized;
  readonly type: SurveyQuestionType;
}

export interface SurveyDef {
  readonly questions: readonly SurveyQuestion[];
}

export interface CalculationInput {
  readonly code: string;
  readonly label: Localized;
  readonly unit: string;
}

export interface CalculationResult {
  readonly value: number;
  readonly unit: string;
  readonly ok: boolean;
  readonly message?: Localized;
}

/** A pure function (no I/O, clock or randomness), e.g. the canteen's gross margin from cost figures. */
export interface Calculation {
  readonly name: Localized;
  readonly inputs: readonly CalculationInput[];
  readonly compute: (inputs: Readonly<Record<string, number>>) => CalculationResult;
}

/** A code that existed in an earlier release and was deliberately withdrawn. */
export interface RetiredCode {
  readonly code: string;
  readonly reason: Localized;
  /** the code that took its place, if any */
  readonly replacedBy?: string;
}

export interface ServiceLinePlugin {
  readonly apiVersion: 1;
  /** stable kebab-case id: 'elevator', 'fire', 'conference-cleaning' */
  readonly id: string;
  /** semver of the content, e.g. '1.0.0' */
  readonly version: string;
  /** semver range of @steward/core this plugin works with, e.g. '^0.1.0' */
  readonly requires: { readonly core: string };
  readonly name: Localized;
  readonly description?: Localized;
  /** 'vendor' = cross-line checklist used by joint (block) inspections of a whole vendor (R13) */
  readonly scope: 'line' | 'vendor';
  readonly categories: readonly CategoryDef[];
  readonly standards: readonly StandardDef[];
  readonly checklistTemplates: readonly ChecklistTemplate[];
  readonly cadences: readonly Cadence[];
  readonly externalInspections: readonly ExternalInspectionType[];
  readonly workflows: readonly Workflow[];
  /** default questionnaire for the quarterly opinion survey (R8) */
  readonly survey?: SurveyDef;
  /** code plugins only; data-only plugins cannot carry functions */
  readonly calculations?: Readonly<Record<string, Calculation>>;
  /** codes of earlier releases that were withdrawn on purpose */
  readonly retired?: readonly RetiredCode[];
}

/** What a data-only (JSON/YAML) plugin can express: everything but functions. */
export type DataServiceLinePlugin = Omit<ServiceLinePlugin, 'calculations'>;

/** Identity function: gives authors inference and checking, and keeps literal types. */
export function defineServiceLine<const P extends ServiceLinePlugin>(plugin: P): P {
  return plugin;
}
