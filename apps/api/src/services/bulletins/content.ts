import { bandFor, quarterOf, type SurveyResponseFacts, satisfactionRate } from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import { tenantRulesOf } from '../consequence-engine/rules.ts';
import { assessMonth } from '../scores/assess.ts';
import { monthBounds } from '../scores/month.ts';

const {
  contracts,
  vendors,
  inspections,
  inspectionResults,
  complaints,
  rectifications,
  surveyRounds,
  surveyRoundTargets,
  surveyResponses,
} = schema;
type Tenant = typeof schema.tenants.$inferSelect;

export interface RankingRow {
  rank: number;
  contractId: string;
  contractCode: string;
  contractTitle: string;
  vendorId: string;
  vendorName: string;
  serviceLines: string[];
  /** centipoints; null = no data this month */
  scoreCenti: number | null;
  band: string | null;
  /** latest closed quarter's satisfaction in basis points, and the contract's target */
  satisfactionBp: number | null;
  targetBp: number;
  verdict: 'praise' | 'criticism' | 'none';
  reasons: string[];
}

export interface BulletinContent {
  month: string;
  rankings: RankingRow[];
  causes: {
    serviceLineId: string;
    lineName: string;
    majorFindings: number;
    generalFindings: number;
    complaints: number;
    items: string[];
  }[];
  openRectifications: {
    id: string;
    contractCode: string;
    vendorName: string;
    itemCode: string;
    severity: string;
    round: number;
    status: string;
    deadlineAt: string;
  }[];
  totals: {
    contracts: number;
    scored: number;
    praised: number;
    criticised: number;
    openRectifications: number;
    complaints: number;
  };
}

/** The latest closed quarter before the month's end, per contract (the R21 figure the bulletin shows). */
async function latestSatisfaction(tx: Database, tenantId: string, month: string) {
  const quarter = quarterOf(`${month}-01`);
  const rounds = await tx
    .select({ id: surveyRounds.id, period: surveyRounds.period, contractId: surveyRoundTargets.contractId })
    .from(surveyRounds)
    .innerJoin(surveyRoundTargets, eq(surveyRoundTargets.roundId, surveyRounds.id))
    .where(and(tenantFilter(surveyRounds.tenantId, tenantId), eq(surveyRounds.status, 'closed')))
    .orderBy(asc(surveyRounds.period));
  const eligible = rounds.filter((r) => r.period <= quarter);
  const latestPeriod = new Map<string, string>();
  for (const r of eligible) latestPeriod.set(r.contractId, r.period);
  const roundIds = [
    ...new Set(eligible.filter((r) => latestPeriod.get(r.contractId) === r.period).map((r) => r.id)),
  ];
  const out = new Map<string, number | null>();
  if (roundIds.length === 0) return out;
  const responses = (await tx
    .select({ roundId: surveyResponses.roundId, answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(
      and(tenantFilter(surveyResponses.tenantId, tenantId), inArray(surveyResponses.roundId, roundIds)),
    )) as (SurveyResponseFacts & { roundId: string })[];
  for (const [contractId, period] of latestPeriod) {
    const ids = new Set(
      eligible.filter((r) => r.contractId === contractId && r.period === period).map((r) => r.id),
    );
    const rate = satisfactionRate(
      responses.filter((x) => ids.has(x.roundId)),
      (a) => a.contractId === contractId,
    );
    out.set(contractId, rate.rateBp);
  }
  return out;
}

/**
 * R18: the month's bulletin as generated — contracts ranked by composite score, praise (reward band) and
 * criticism (deduction band or satisfaction below target), causes by service line (major findings and
 * complaints), and the rectifications still open at the month's end.
 */
export async function generateBulletinContent(
  tx: Database,
  tenant: Tenant,
  month: string,
  registry: PluginRegistry,
): Promise<BulletinContent> {
  const rules = tenantRulesOf(tenant.settings);
  const bounds = monthBounds(month, tenant.timeZone);
  const list = await tx
    .select({ contract: contracts, vendorName: vendors.legalName })
    .from(contracts)
    .innerJoin(vendors, eq(vendors.id, contracts.vendorId))
    .where(and(tenantFilter(contracts.tenantId, tenant.id), eq(contracts.status, 'active')))
    .orderBy(asc(contracts.code));
  const satisfaction = await latestSatisfaction(tx, tenant.id, month);
  const rows: Omit<RankingRow, 'rank'>[] = [];
  for (const { contract, vendorName } of list) {
    const a = await assessMonth(tx, tenant, contract, month);
    const c = a.assessment.composite;
    const scoreCenti = c.status === 'scored' ? c.score : null;
    const band = scoreCenti === null ? null : bandFor(rules.scoreBands, scoreCenti / 100);
    const satisfactionBp = satisfaction.get(contract.id) ?? null;
    const reasons: string[] = [];
    if (band && band.amountFen < 0) reasons.push(`score:${band.name}`);
    if (satisfactionBp !== null && satisfactionBp < contract.satisfactionTargetBp)
      reasons.push('satisfaction_below_target');
    const praise = band !== null && band.amountFen > 0 && reasons.length === 0;
    if (praise) reasons.push(`score:${band.name}`);
    rows.push({
      contractId: contract.id,
      contractCode: contract.code,
      contractTitle: contract.title,
      vendorId: contract.vendorId,
      vendorName,
      serviceLines: contract.serviceLineIds,
      scoreCenti,
      band: band?.name ?? null,
      satisfactionBp,
      targetBp: contract.satisfactionTargetBp,
      verdict: praise ? 'praise' : reasons.length > 0 ? 'criticism' : 'none',
      reasons,
    });
  }
  // Highest score first; months without data last; ties by contract code (deterministic).
  rows.sort(
    (x, y) => (y.scoreCenti ?? -1) - (x.scoreCenti ?? -1) || (x.contractCode < y.contractCode ? -1 : 1),
  );
  const rankings = rows.map((r, i) => ({ ...r, rank: i + 1 }));

  const findings = await tx
    .select({
      line: inspections.serviceLineId,
      severity: inspectionResults.severity,
      itemCode: inspectionResults.itemCode,
      note: inspectionResults.note,
    })
    .from(inspectionResults)
    .innerJoin(inspections, eq(inspections.id, inspectionResults.inspectionId))
    .where(
      and(
        tenantFilter(inspectionResults.tenantId, tenant.id),
        eq(inspections.status, 'submitted'),
        eq(inspectionResults.result, 'nonconform'),
        gte(inspections.inspectedOn, bounds.first),
        lt(inspections.inspectedOn, bounds.next),
      ),
    );
  const monthComplaints = await tx
    .select({ line: complaints.serviceLineId, category: complaints.category })
    .from(complaints)
    .where(
      and(
        tenantFilter(complaints.tenantId, tenant.id),
        gte(complaints.receivedAt, bounds.start),
        lt(complaints.receivedAt, bounds.end),
      ),
    );
  const lines = [
    ...new Set([
      ...findings.map((f) => f.line ?? 'unrouted'),
      ...monthComplaints.map((c) => c.line ?? 'unrouted'),
    ]),
  ].sort();
  const lineName = (id: string) => registry.get(id)?.plugin.name.zh ?? id;
  const causes = lines.map((line) => {
    const f = findings.filter((x) => (x.line ?? 'unrouted') === line);
    const major = f.filter((x) => x.severity === 'major');
    return {
      serviceLineId: line,
      lineName: line === 'unrouted' ? '未分派' : lineName(line),
      majorFindings: major.length,
      generalFindings: f.length - major.length,
      complaints: monthComplaints.filter((c) => (c.line ?? 'unrouted') === line).length,
      items: [...new Set(major.map((x) => (x.note ? `${x.itemCode}：${x.note}` : x.itemCode)))].slice(0, 10),
    };
  });

  const open = await tx
    .select({ r: rectifications, code: contracts.code, vendorName: vendors.legalName })
    .from(rectifications)
    .innerJoin(contracts, eq(contracts.id, rectifications.contractId))
    .innerJoin(vendors, eq(vendors.id, contracts.vendorId))
    .where(
      and(
        tenantFilter(rectifications.tenantId, tenant.id),
        inArray(rectifications.status, ['open', 'answered']),
        lt(rectifications.issuedAt, bounds.end),
      ),
    )
    .orderBy(asc(rectifications.deadlineAt));
  const openRectifications = open.map(({ r, code, vendorName }) => ({
    id: r.id,
    contractCode: code,
    vendorName,
    itemCode: r.itemCode,
    severity: r.severity,
    round: r.round,
    status: r.status,
    deadlineAt: r.deadlineAt.toISOString(),
  }));
  return {
    month,
    rankings,
    causes,
    openRectifications,
    totals: {
      contracts: rankings.length,
      scored: rankings.filter((r) => r.scoreCenti !== null).length,
      praised: rankings.filter((r) => r.verdict === 'praise').length,
      criticised: rankings.filter((r) => r.verdict === 'criticism').length,
      openRectifications: openRectifications.length,
      complaints: monthComplaints.length,
    },
  };
}
