import {
  quarterOf,
  type SurveyResponseFacts,
  satisfactionBy,
  satisfactionRate,
  shiftQuarter,
} from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import { listWarnings, listWithProgress } from '../consequence-engine/queries.ts';
import type { SupervisionCtx } from '../rectifications/context.ts';
import { assessMonth } from '../scores/assess.ts';
import { monthBounds, monthOf, monthsEndingAt } from '../scores/month.ts';

const { contracts, vendors, rectifications, complaints, surveyRounds, surveyResponses } = schema;
type Ctx = SupervisionCtx & { plugins: PluginRegistry; locale: 'zh-CN' | 'en' };

const mean = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

/**
 * The leadership dashboard (issue 7): composite scores per service line and vendor month by month,
 * satisfaction per line and vendor quarter by quarter, rectification closure, complaints per line,
 * consequences waiting for a decision and early warnings. Figures in centipoints and basis points.
 */
export async function dashboardOverview(ctx: Ctx, monthsBack: number) {
  const tenantId = ctx.scope.tenantId;
  const months = monthsEndingAt(monthOf(ctx.now, ctx.tenant.timeZone), monthsBack);
  const lineName = (id: string) => {
    const p = ctx.plugins.get(id)?.plugin;
    return p ? (ctx.locale === 'en' ? p.name.en : p.name.zh) : id;
  };
  const list = await ctx.tx
    .select({ contract: contracts, vendorName: vendors.legalName })
    .from(contracts)
    .innerJoin(vendors, eq(vendors.id, contracts.vendorId))
    .where(and(tenantFilter(contracts.tenantId, tenantId), eq(contracts.status, 'active')))
    .orderBy(asc(contracts.code));
  const scores = new Map<string, (number | null)[]>();
  for (const { contract } of list) {
    const row: (number | null)[] = [];
    for (const m of months) {
      const a = await assessMonth(ctx.tx, ctx.tenant, contract, m);
      row.push(a.assessment.composite.status === 'scored' ? a.assessment.composite.score : null);
    }
    scores.set(contract.id, row);
  }
  const group = <K extends string>(keyOf: (c: (typeof list)[number]) => K[], nameOf: (k: K) => string) => {
    const keys = [...new Set(list.flatMap(keyOf))].sort();
    return keys.map((key) => ({
      key,
      name: nameOf(key),
      values: months.map((_, i) =>
        mean(
          list
            .filter((c) => keyOf(c).includes(key))
            .map((c) => scores.get(c.contract.id)![i])
            .filter((v): v is number => v !== null),
        ),
      ),
    }));
  };
  const vendorNames = new Map(list.map((c) => [c.contract.vendorId, c.vendorName]));
  const scoreByLine = group((c) => c.contract.serviceLineIds, lineName);
  const scoreByVendor = group(
    (c) => [c.contract.vendorId],
    (k) => vendorNames.get(k) ?? k,
  );

  // Satisfaction per quarter (last four), by line and by vendor.
  const lastQ = quarterOf(`${months.at(-1)}-01`);
  const quarters = [-3, -2, -1, 0].map((n) => shiftQuarter(lastQ, n));
  const rounds = await ctx.tx
    .select({ id: surveyRounds.id, period: surveyRounds.period })
    .from(surveyRounds)
    .where(
      and(
        tenantFilter(surveyRounds.tenantId, tenantId),
        eq(surveyRounds.status, 'closed'),
        inArray(surveyRounds.period, quarters),
      ),
    );
  const responses = rounds.length
    ? ((await ctx.tx
        .select({ roundId: surveyResponses.roundId, answers: surveyResponses.answers })
        .from(surveyResponses)
        .where(
          and(
            tenantFilter(surveyResponses.tenantId, tenantId),
            inArray(
              surveyResponses.roundId,
              rounds.map((r) => r.id),
            ),
          ),
        )) as (SurveyResponseFacts & { roundId: string })[])
    : [];
  const ofQuarter = (q: string) => {
    const ids = new Set(rounds.filter((r) => r.period === q).map((r) => r.id));
    return responses.filter((r) => ids.has(r.roundId));
  };
  const vendorOfContract = new Map(list.map((c) => [c.contract.id, c.contract.vendorId]));
  const satLines = [...new Set(list.flatMap((c) => c.contract.serviceLineIds))].sort();
  const satisfactionByLine = satLines.map((line) => ({
    key: line,
    name: lineName(line),
    values: quarters.map(
      (q) =>
        satisfactionBy(ofQuarter(q), (a) => a.serviceLineId).find((g) => g.key === line)?.rate.rateBp ?? null,
    ),
  }));
  const satisfactionByVendor = [...vendorNames.keys()].sort().map((vendorId) => ({
    key: vendorId,
    name: vendorNames.get(vendorId) ?? vendorId,
    values: quarters.map(
      (q) => satisfactionRate(ofQuarter(q), (a) => vendorOfContract.get(a.contractId) === vendorId).rateBp,
    ),
  }));

  // Rectification closure: of the notices issued each month, how many are verified fixed.
  const first = monthBounds(months[0]!, ctx.tenant.timeZone).start;
  const notices = await ctx.tx
    .select({ issuedAt: rectifications.issuedAt, status: rectifications.status })
    .from(rectifications)
    .where(and(tenantFilter(rectifications.tenantId, tenantId), gte(rectifications.issuedAt, first)));
  const closure = months.map((m) => {
    const b = monthBounds(m, ctx.tenant.timeZone);
    const issued = notices.filter((n) => n.issuedAt >= b.start && n.issuedAt < b.end);
    const closed = issued.filter((n) => n.status === 'fixed').length;
    return {
      month: m,
      issued: issued.length,
      closed,
      rateBp: issued.length ? Math.floor((closed * 10_000) / issued.length) : null,
    };
  });

  const end = monthBounds(months.at(-1)!, ctx.tenant.timeZone).end;
  const monthComplaints = await ctx.tx
    .select({ line: complaints.serviceLineId, receivedAt: complaints.receivedAt })
    .from(complaints)
    .where(
      and(
        tenantFilter(complaints.tenantId, tenantId),
        gte(complaints.receivedAt, first),
        lt(complaints.receivedAt, end),
      ),
    );
  const complaintLines = [...new Set(monthComplaints.map((c) => c.line ?? 'unrouted'))].sort();
  const complaintsByLine = complaintLines.map((line) => ({
    key: line,
    name: line === 'unrouted' ? (ctx.locale === 'en' ? 'Not routed' : '未分派') : lineName(line),
    values: months.map((m) => {
      const b = monthBounds(m, ctx.tenant.timeZone);
      return monthComplaints.filter(
        (c) => (c.line ?? 'unrouted') === line && c.receivedAt >= b.start && c.receivedAt < b.end,
      ).length;
    }),
  }));

  const pending = (await listWithProgress(ctx, ctx.locale, {}, 'consequences.read')).filter(
    (c) => c.status === 'proposed' || c.status === 'endorsed',
  );
  return {
    months,
    quarters,
    scoreByLine,
    scoreByVendor,
    satisfactionByLine,
    satisfactionByVendor,
    closure,
    complaintsByLine,
    pending: pending.slice(0, 20),
    pendingCount: pending.length,
    warnings: await listWarnings(ctx, ctx.locale, 'consequences.read'),
  };
}
