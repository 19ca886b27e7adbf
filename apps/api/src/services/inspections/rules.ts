import type { SnapshotItem, TemplateSnapshot } from '@steward/plugin-sdk';

/**
 * The pure rules of filling in a checklist: what a result may be for an item, and what a submission
 * still lacks. No I/O here; the services load rows and call these.
 */

export type ItemResultValue = 'conform' | 'nonconform' | 'na';

export interface ResultInput {
  itemCode: string;
  result: ItemResultValue;
  /** points × 100; only for a nonconformity; defaults to the item's default deduction */
  deductionCenti?: number | undefined;
  measurement?: number | null | undefined;
  note?: string | undefined;
}

export interface ResultProblem {
  field: 'itemCode' | 'result' | 'deductionCenti' | 'measurement';
  key: string;
  params?: Record<string, string | number>;
}

export const toCenti = (points: number) => Math.round(points * 100);

/** The items this inspection walks through: the snapshot's, narrowed to a spot check's sample. */
export function itemsOf(
  snapshot: Pick<TemplateSnapshot, 'items'>,
  sampled: readonly string[] | null | undefined,
): SnapshotItem[] {
  if (!sampled || sampled.length === 0) return [...snapshot.items];
  const wanted = new Set(sampled);
  return snapshot.items.filter((i) => wanted.has(i.code));
}

/** Outside the item's acceptable range: the form suggests a nonconformity. */
export function measurementOutOfBounds(item: SnapshotItem, value: number): boolean {
  const spec = item.measurement;
  if (!spec) return false;
  return (spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max);
}

/** Checks one result against its item and fills in the deduction; problems are field message keys. */
export function checkResult(
  item: SnapshotItem | undefined,
  input: ResultInput,
): { problems: ResultProblem[]; deductionCenti: number } {
  if (!item) {
    return {
      problems: [{ field: 'itemCode', key: 'inspection.item_unknown', params: { item: input.itemCode } }],
      deductionCenti: 0,
    };
  }
  const problems: ResultProblem[] = [];
  if (input.result === 'na' && !item.allowNA)
    problems.push({ field: 'result', key: 'inspection.na_not_allowed' });
  let deductionCenti = 0;
  if (input.result === 'nonconform') {
    const min = toCenti(item.deduction.min);
    const max = toCenti(item.deduction.max);
    deductionCenti = input.deductionCenti ?? toCenti(item.deduction.default);
    if (!Number.isInteger(deductionCenti) || deductionCenti < min || deductionCenti > max) {
      problems.push({
        field: 'deductionCenti',
        key: 'inspection.deduction_out_of_bounds',
        params: { min: item.deduction.min, max: item.deduction.max },
      });
    }
  } else if (input.deductionCenti !== undefined && input.deductionCenti !== 0) {
    problems.push({ field: 'deductionCenti', key: 'inspection.deduction_without_finding' });
  }
  if (input.measurement !== undefined && input.measurement !== null && !item.measurement) {
    problems.push({ field: 'measurement', key: 'inspection.measurement_not_expected' });
  }
  return { problems, deductionCenti };
}

export interface StoredResult {
  itemCode: string;
  result: string;
  measurement: number | null;
}

/** What a submission still lacks: unanswered items, evidence and measurements for nonconformities. */
export function submissionGaps(
  items: readonly SnapshotItem[],
  results: readonly StoredResult[],
  evidenceKindsByItem: ReadonlyMap<string, ReadonlySet<string>>,
): { unanswered: string[]; missingEvidence: string[]; missingMeasurement: string[] } {
  const byCode = new Map(results.map((r) => [r.itemCode, r]));
  const unanswered: string[] = [];
  const missingEvidence: string[] = [];
  const missingMeasurement: string[] = [];
  for (const item of items) {
    const result = byCode.get(item.code);
    if (!result || result.result === 'unanswered') {
      unanswered.push(item.code);
      continue;
    }
    if (result.result !== 'nonconform') continue;
    const fileKinds = item.evidence.filter((k) => k === 'photo' || k === 'document');
    const have = evidenceKindsByItem.get(item.code);
    if (fileKinds.length > 0 && !fileKinds.some((k) => have?.has(k))) missingEvidence.push(item.code);
    if (item.evidence.includes('measurement') && item.measurement && result.measurement === null)
      missingMeasurement.push(item.code);
  }
  return { unanswered, missingEvidence, missingMeasurement };
}
