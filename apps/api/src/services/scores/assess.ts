import { computeMonthlyAssessment, explainScore, type Locale } from '@steward/core';
import type { Database, schema } from '@steward/db';
import { canonicalJson } from '@steward/plugin-sdk';
import { userNames } from '../rectifications/people.ts';
import { rectificationPolicyOf } from '../rectifications/policy.ts';
import { type GatheredMonth, gatherMonth } from './gather.ts';
import { itemTexts } from './item-texts.ts';
import { scoringRulesFor } from './rules.ts';

/**
 * SHA-256 as plugin-sdk's `contentHash` gives it (the same hex), by the runtime's native Web Crypto
 * (Node and Workers) rather than in JavaScript: a month's canonical input is tens of kilobytes.
 */
async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

type Contract = typeof schema.contracts.$inferSelect;
type Tenant = typeof schema.tenants.$inferSelect;

/**
 * R20, R12: one contract's month, computed by the pure core from the gathered records. The inputs hash
 * (SHA-256 of the canonical input and rules) proves a recomputation used exactly the same facts.
 */
export async function assessMonth(
  tx: Database,
  tenant: Tenant,
  contract: Contract,
  month: string,
  options: { lineage?: boolean } = {},
) {
  const policy = rectificationPolicyOf(tenant.settings as unknown as Record<string, unknown>);
  const gathered = await gatherMonth(tx, {
    tenantId: tenant.id,
    timeZone: tenant.timeZone,
    contractId: contract.id,
    month,
    policy,
    lineage: options.lineage ?? false,
  });
  const { rules, weightsSource } = scoringRulesFor(contract, tenant.settings);
  const assessment = computeMonthlyAssessment(gathered.input, rules);
  const inputsHash = await sha256Hex(canonicalJson({ input: gathered.input, rules }));
  return { assessment, inputsHash, rules, weightsSource, gathered };
}

/**
 * The score lineage made readable: each entry with the record behind it — the item result, its
 * inspection, the inspector and time, and the photos with their SHA-256; the failed notice; the bonus
 * with who entered and who approved it.
 */
export async function lineageOf(
  tx: Database,
  tenantId: string,
  computed: Awaited<ReturnType<typeof assessMonth>>,
  locale: Locale,
) {
  const { assessment, gathered } = computed;
  const { counted, superseded, awaitingSignatures, results, photos, failed, bonuses } =
    gathered.records as GatheredMonth['records'];
  // Fetched with the month's records when asked for (assessMonth's lineage option), else here.
  const [texts, names] = gathered.lookups
    ? [gathered.lookups.texts, gathered.lookups.names]
    : await Promise.all([
        itemTexts(tx, tenantId, [...new Set(counted.map((i) => i.templateHash))]),
        userNames(tx, [
          ...counted.map((i) => i.inspectorUserId),
          ...failed.map((r) => r.verifiedBy),
          ...bonuses.flatMap((b) => [b.enteredBy, b.approvedBy]),
        ]),
      ]);
  const name = (id: string | null | undefined) => (id ? (names.get(id) ?? '') : '');
  const inspectionOut = (i: (typeof counted)[number]) => ({
    id: i.id,
    kind: i.kind,
    source: i.source,
    inspectedOn: i.inspectedOn,
    submittedAt: i.submittedAt,
    inspectorName: name(i.inspectorUserId),
    correctsInspectionId: i.correctsInspectionId,
    serviceLineId: i.serviceLineId,
  });
  // Looked up through maps: a month of a large contract has thousands of results and entries.
  const resultById = new Map(results.map((r) => [r.id, r]));
  const inspectionById = new Map(counted.map((i) => [i.id, i]));
  const photosOf = new Map<string, typeof photos>();
  for (const p of photos) {
    const key = `${p.inspectionId}:${p.itemCode}`;
    photosOf.set(key, [...(photosOf.get(key) ?? []), p]);
  }
  const counts = new Map<string, { conform: number; nonconform: number; na: number }>();
  for (const r of results) {
    const c = counts.get(r.inspectionId) ?? { conform: 0, nonconform: 0, na: 0 };
    if (r.result === 'conform' || r.result === 'nonconform' || r.result === 'na') c[r.result]++;
    counts.set(r.inspectionId, c);
  }
  const entries = assessment.entries.map((entry) => {
    const s = entry.source;
    if (s.type === 'item_result') {
      const r = resultById.get(s.id)!;
      const i = inspectionById.get(s.inspectionId)!;
      return {
        ...entry,
        detail: {
          type: 'item_result' as const,
          itemCode: r.itemCode,
          itemText: texts.get(`${i.templateHash}:${r.itemCode}`) ?? null,
          severity: r.severity,
          note: r.note,
          inspection: inspectionOut(i),
          photos: (photosOf.get(`${i.id}:${r.itemCode}`) ?? []).map(
            ({ id, sha256, contentType, kind, capturedAt }) => ({
              id,
              sha256,
              contentType,
              kind,
              capturedAt,
            }),
          ),
        },
      };
    }
    if (s.type === 'rectification') {
      const r = failed.find((x) => x.id === s.id)!;
      return {
        ...entry,
        detail: {
          type: 'rectification' as const,
          itemCode: r.itemCode,
          round: r.round,
          status: r.status,
          deadlineAt: r.deadlineAt,
          verifiedAt: r.verifiedAt,
          verifiedByName: name(r.verifiedBy),
          note: r.verificationNote ?? '',
          inspectionId: r.inspectionId,
        },
      };
    }
    if (s.type === 'bonus') {
      const b = bonuses.find((x) => x.id === s.id)!;
      return {
        ...entry,
        detail: {
          type: 'bonus' as const,
          reason: b.reason,
          enteredByName: name(b.enteredBy),
          approvedByName: name(b.approvedBy),
          approvedAt: b.approvedAt,
        },
      };
    }
    return { ...entry, detail: { type: s.type } };
  });
  return {
    contractId: assessment.contractId,
    month: assessment.month,
    levels: assessment.levels,
    self: assessment.self,
    composite: assessment.composite,
    explanation: explainScore(assessment, locale),
    entries,
    inspections: counted.map((i) => ({
      ...inspectionOut(i),
      counts: counts.get(i.id) ?? { conform: 0, nonconform: 0, na: 0 },
    })),
    superseded: superseded.map((i) => ({ id: i.id, inspectedOn: i.inspectedOn, kind: i.kind })),
    awaitingSignatures: awaitingSignatures.map((i) => ({
      id: i.id,
      inspectedOn: i.inspectedOn,
      kind: i.kind,
    })),
    inputsHash: computed.inputsHash,
    weights: computed.rules.weights,
    weightsSource: computed.weightsSource,
  };
}
