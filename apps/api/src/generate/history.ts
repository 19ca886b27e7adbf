import { addDays, fromLocal, type IsoDate, weekday } from '@steward/core';
import type { schema } from '@steward/db';
import type { SnapshotItem, TemplateSnapshot } from '@steward/plugin-sdk';
import type { Rng } from './random.ts';
import type { GeneratedContract, TenantBase } from './tenant.ts';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Rows of one slice of history, flushed to the database together (one INSERT per table per chunk). */
export interface HistoryRows {
  inspections: Insert<typeof schema.inspections>[];
  results: Insert<typeof schema.inspectionResults>[];
  evidence: Insert<typeof schema.evidence>[];
  rectifications: Insert<typeof schema.rectifications>[];
  bonuses: Insert<typeof schema.scoreBonuses>[];
  /** inspections written as drafts and submitted once their results and files are in (immutability) */
  submitted: string[];
}

export const emptyRows = (): HistoryRows => ({
  inspections: [],
  results: [],
  evidence: [],
  rectifications: [],
  bonuses: [],
  submitted: [],
});

/** Small generated files the evidence rows point at (see png.ts), shared by a tenant's records. */
export interface EvidenceBlob {
  key: string;
  sha256: string;
  size: number;
  contentType: string;
}

export interface MonthContext {
  base: TenantBase;
  rng: Rng;
  timeZone: string;
  /** YYYY-MM */
  month: string;
  /** the day the history ends (the generator's "today") */
  asOf: IsoDate;
  blobs: EvidenceBlob[];
  /** how many patrols per site and contract in a full month (0: none, another writer records them) */
  patrolsPerSite: number;
  /**
   * The demo's history: notices older than a week are all verified (fixed, or partly fixed and then fixed
   * in round 2), so only recent ones are still open. Off for the scale generator.
   */
  settled?: boolean;
  /** the tenant's working days (holidays off, make-up Saturdays on); without it, Monday to Friday */
  isWorkingDay?: (day: IsoDate) => boolean;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Working days of the month up to `asOf`: the calendar's if given, else Monday–Friday. */
function weekdaysOf(month: string, asOf: IsoDate, isWorkingDay?: (day: IsoDate) => boolean): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = `${month}-01`; d.startsWith(month) && d <= asOf; d = addDays(d, 1)) {
    const w = weekday(d);
    if (isWorkingDay ? isWorkingDay(d) : w >= 1 && w <= 5) days.push(d);
  }
  return days;
}

function measurementFor(item: SnapshotItem, rng: Rng, outOfRange: boolean): number | null {
  const spec = item.measurement;
  if (!spec) return null;
  const min = spec.min ?? 0;
  const max = spec.max ?? min + 100;
  if (outOfRange) return spec.max !== undefined ? max + rng.int(1, 10) : Math.max(0, min - rng.int(1, 10));
  return Math.round((min + (max - min) * rng.next()) * 10) / 10;
}

/** A deduction inside the item's bounds, in whole or half points as supervisors write them. */
function deductionFor(item: SnapshotItem, rng: Rng): number {
  const min = Math.round(item.deduction.min * 100);
  const max = Math.round(item.deduction.max * 100);
  if (rng.chance(0.6)) return Math.round(item.deduction.default * 100);
  const steps = Math.floor((max - min) / 50);
  return min + 50 * rng.int(0, steps);
}

function addInspection(
  ctx: MonthContext,
  rows: HistoryRows,
  contract: GeneratedContract,
  spec: {
    kind: string;
    source: string;
    day: IsoDate;
    siteId: string | null;
    inspector: string;
    draft: boolean;
  },
) {
  const { rng, base } = ctx;
  const snapshot: TemplateSnapshot | undefined =
    base.templates.get(contract.serviceLineId)?.get(spec.kind) ??
    base.templates.get(contract.serviceLineId)?.get('joint');
  if (!snapshot) return;
  const id = rng.uuid();
  const startedAt = new Date(fromLocal(spec.day, rng.int(8 * 60, 16 * 60) * 60_000, ctx.timeZone));
  const submittedAt = new Date(startedAt.getTime() + rng.int(10, 50) * 60_000);
  rows.inspections.push({
    id,
    tenantId: base.tenantId,
    contractId: contract.id,
    serviceLineId: contract.serviceLineId,
    siteId: spec.siteId,
    kind: spec.kind,
    scope: 'line',
    source: spec.source,
    pluginId: snapshot.plugin.id,
    pluginVersion: snapshot.plugin.version,
    templateCode: snapshot.template.code,
    templateHash: snapshot.hash,
    status: 'draft',
    inspectorUserId: spec.inspector,
    startedAt,
    submittedAt: spec.draft ? null : submittedAt,
    deviceCapturedAt: spec.draft ? null : startedAt,
    clientSubmissionId: spec.draft ? null : `gen-${id}`,
    inspectedOn: spec.day,
    createdAt: startedAt,
  });
  if (!spec.draft) rows.submitted.push(id);
  const answered = spec.draft
    ? snapshot.items.slice(0, Math.floor(snapshot.items.length / 2))
    : snapshot.items;
  for (const item of answered) {
    const r = rng.next();
    const rate = contract.findingRate ?? 0.06;
    const result = r < rate ? 'nonconform' : r < rate + 0.08 && item.allowNA ? 'na' : 'conform';
    const resultId = rng.uuid();
    const measurement = result === 'na' ? null : measurementFor(item, rng, result === 'nonconform');
    rows.results.push({
      id: resultId,
      tenantId: base.tenantId,
      inspectionId: id,
      itemCode: item.code,
      result,
      severity: item.severity,
      deductionCenti: result === 'nonconform' ? deductionFor(item, rng) : 0,
      measurement,
      note: result === 'nonconform' ? '现场发现问题，已拍照留存' : '',
    });
    const wantsFile = item.evidence.includes('photo') || item.evidence.includes('document');
    if ((result === 'nonconform' && wantsFile) || (result === 'conform' && rng.chance(0.03))) {
      const photo = item.evidence.includes('photo') || result === 'conform';
      const blob = photo
        ? rng.pick(ctx.blobs.filter((b) => b.contentType === 'image/png'))
        : ctx.blobs.at(-1)!;
      rows.evidence.push({
        id: rng.uuid(),
        tenantId: base.tenantId,
        inspectionId: id,
        itemCode: item.code,
        kind: photo ? 'photo' : 'document',
        blobKey: blob.key,
        contentType: blob.contentType,
        sizeBytes: blob.size,
        sha256: blob.sha256,
        originalName: photo ? 'photo.png' : 'record.pdf',
        capturedAt: startedAt,
        receivedAt: submittedAt,
        uploadedBy: spec.inspector,
      });
    }
    if (result === 'nonconform' && !spec.draft && spec.source === 'internal' && rng.chance(0.7))
      addRectification(ctx, rows, contract, {
        id,
        resultId,
        item,
        at: submittedAt,
        inspector: spec.inspector,
      });
  }
}

/** A notice for a finding, in a state that fits its age: the older, the more likely verified. */
function addRectification(
  ctx: MonthContext,
  rows: HistoryRows,
  contract: GeneratedContract,
  f: { id: string; resultId: string; item: SnapshotItem; at: Date; inspector: string },
  round = 1,
  previousId: string | null = null,
) {
  const { rng, base } = ctx;
  const id = rng.uuid();
  const issuedAt = new Date(f.at.getTime() + HOUR);
  const deadlineAt = new Date(issuedAt.getTime() + (f.item.severity === 'major' ? 2 : 5) * DAY);
  const asOfMs = fromLocal(ctx.asOf, 18 * HOUR, ctx.timeZone);
  const age = asOfMs - issuedAt.getTime();
  const r = rng.next();
  const status =
    ctx.settled && age >= 7 * DAY
      ? round > 1 || r < 0.85
        ? 'fixed'
        : 'partly_fixed'
      : age < 7 * DAY
        ? r < 0.6
          ? 'open'
          : 'answered'
        : r < 0.72
          ? 'fixed'
          : r < 0.8
            ? 'partly_fixed'
            : r < 0.9
              ? 'not_fixed'
              : r < 0.95
                ? 'answered'
                : 'open';
  const respondedAt = status === 'open' ? null : new Date(issuedAt.getTime() + rng.int(4, 40) * HOUR);
  const verified = ['fixed', 'partly_fixed', 'not_fixed'].includes(status);
  const verifiedAt = verified ? new Date(respondedAt!.getTime() + rng.int(2, 30) * HOUR) : null;
  rows.rectifications.push({
    id,
    tenantId: base.tenantId,
    contractId: contract.id,
    inspectionId: f.id,
    resultId: f.resultId,
    itemCode: f.item.code,
    severity: f.item.severity,
    round,
    previousId,
    status,
    instructions: '请按标准整改并上传整改后照片',
    issuedAt,
    issuedBy: f.inspector,
    deadlineAt,
    response: respondedAt ? '已整改完毕，请复查' : null,
    respondedAt,
    respondedBy: respondedAt ? contract.contractorUserId : null,
    verifiedAt,
    verifiedBy: verifiedAt ? f.inspector : null,
    verificationNote: verified ? (status === 'fixed' ? '复查合格' : '复查未达标') : null,
  });
  const again = status === 'not_fixed' || (ctx.settled === true && status === 'partly_fixed');
  if (again && round === 1 && verifiedAt && verifiedAt.getTime() < asOfMs)
    addRectification(ctx, rows, contract, { ...f, at: verifiedAt }, 2, id);
}

/**
 * One contract's month: patrols on each of its sites, the monthly joint inspection, the semi-annual
 * leadership inspection in June and December, the vendor's self-inspections, and sometimes a bonus. The
 * month that holds `asOf` ends there and keeps a draft in progress.
 */
export function contractMonth(ctx: MonthContext, rows: HistoryRows, contract: GeneratedContract) {
  const { rng, base } = ctx;
  const days = weekdaysOf(ctx.month, ctx.asOf, ctx.isWorkingDay);
  if (days.length === 0) return;
  const current = ctx.asOf.startsWith(ctx.month);
  const supervisor = rng.pick([base.people.supervisor!, base.people.supervisor2!]);
  for (const siteId of contract.siteIds) {
    const n = ctx.patrolsPerSite === 0 ? 0 : Math.max(1, Math.round((ctx.patrolsPerSite * days.length) / 22));
    for (let i = 0; i < n; i++) {
      const day = days[Math.min(days.length - 1, Math.floor((i * days.length) / n) + rng.int(0, 1))]!;
      const draft = current && i === n - 1 && siteId === contract.siteIds[0];
      addInspection(ctx, rows, contract, {
        kind: 'patrol',
        source: 'internal',
        day,
        siteId,
        inspector: supervisor,
        draft,
      });
    }
  }
  const late = days[Math.min(days.length - 1, 13)]!;
  addInspection(ctx, rows, contract, {
    kind: 'joint',
    source: 'internal',
    day: late,
    siteId: contract.siteIds[0]!,
    inspector: supervisor,
    draft: false,
  });
  if ((ctx.month.endsWith('-06') || ctx.month.endsWith('-12')) && days.length > 15)
    addInspection(ctx, rows, contract, {
      kind: 'leadership',
      source: 'internal',
      day: days[15]!,
      siteId: contract.siteIds[0]!,
      inspector: base.people.leader!,
      draft: false,
    });
  for (const i of [0, 1])
    addInspection(ctx, rows, contract, {
      kind: 'self',
      source: 'self',
      day: days[Math.min(days.length - 1, i * 10 + 2)]!,
      siteId: contract.siteIds[0]!,
      inspector: contract.contractorUserId,
      draft: false,
    });
  if (rng.chance(0.08)) {
    const enteredAt = new Date(fromLocal(late, 10 * HOUR, ctx.timeZone));
    const approved = rng.chance(0.7);
    rows.bonuses.push({
      id: rng.uuid(),
      tenantId: base.tenantId,
      contractId: contract.id,
      month: ctx.month,
      level: 'monthly',
      pointsCenti: rng.pick([100, 200, 300]),
      reason: '重要会议保障表现突出，获来访单位书面表扬',
      enteredBy: supervisor,
      enteredAt,
      approvedBy: approved ? base.people.leader! : null,
      approvedAt: approved ? new Date(enteredAt.getTime() + DAY) : null,
    });
  }
}
