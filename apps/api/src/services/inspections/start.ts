import { decide } from '@steward/access';
import { localDate, NotFoundError, PreconditionError, ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import type { ServiceLinePlugin } from '@steward/plugin-sdk';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { lineWithRelease } from '../catalogue/lines.ts';
import { resolveTemplateForTenant } from '../catalogue/resolve.ts';
import {
  authorizeAny,
  type ContractRow,
  type InspectionCtx,
  loadContract,
  recordingPermissions,
  type Source,
} from './access.ts';
import { combineSnapshots, externalSnapshot, type InspectionSnapshot, storeSnapshot } from './snapshot.ts';

const { inspections, inspectionPlans, inspectionParticipants, memberships, sites } = schema;

export type StartMode = 'internal' | 'external' | 'self';
export const PARTIES = ['supervision', 'general_contractor', 'department', 'leader', 'vendor'] as const;
export type Party = (typeof PARTIES)[number];

export interface StartInput {
  planId?: string | undefined;
  contractId?: string | undefined;
  serviceLineId?: string | null | undefined;
  siteId?: string | null | undefined;
  kind?: string | undefined;
  templateCode?: string | undefined;
  externalTypeCode?: string | undefined;
  participants?: { userId: string; party: Party }[] | undefined;
}

interface Target {
  planId: string | null;
  contract: ContractRow;
  serviceLineId: string | null;
  siteId: string | null;
  kind: string;
  templateCode: string | null;
  cadenceCode: string | null;
}

const sourceOf: Record<StartMode, Source> = { internal: 'internal', external: 'external', self: 'self' };

/** The plugin whose checklist covers a vendor as a whole (vendor-compliance), for block inspections. */
function vendorPluginId(ctx: InspectionCtx): string {
  const found = ctx.plugins.list().find((p) => p.plugin.scope === 'vendor');
  if (!found) throw new PreconditionError('inspection.line_required');
  return found.plugin.id;
}

async function targetOf(ctx: InspectionCtx, input: StartInput, mode: StartMode): Promise<Target> {
  if (input.planId) {
    const [plan] = await ctx.tx
      .select()
      .from(inspectionPlans)
      .where(
        and(tenantFilter(inspectionPlans.tenantId, ctx.scope.tenantId), eq(inspectionPlans.id, input.planId)),
      );
    if (!plan) throw new NotFoundError();
    if (plan.status === 'done' || plan.status === 'cancelled')
      throw new PreconditionError('inspection.plan_closed');
    return {
      planId: plan.id,
      contract: await loadContract(ctx, plan.contractId),
      serviceLineId: plan.serviceLineId,
      siteId: plan.siteId,
      kind: plan.kind,
      templateCode: plan.templateCode,
      cadenceCode: plan.cadenceCode,
    };
  }
  if (!input.contractId) throw new ValidationError({ contractId: ['error.validation'] });
  const kind = mode === 'internal' ? (input.kind ?? 'patrol') : mode;
  return {
    planId: null,
    contract: await loadContract(ctx, input.contractId),
    serviceLineId: input.serviceLineId ?? null,
    siteId: input.siteId ?? null,
    kind,
    templateCode: input.templateCode ?? null,
    cadenceCode: null,
  };
}

function checkContract(target: Target) {
  const { contract, serviceLineId, siteId } = target;
  if (contract.status !== 'active') throw new PreconditionError('inspection.contract_inactive');
  if (serviceLineId && !contract.serviceLineIds.includes(serviceLineId))
    throw new ValidationError(
      { serviceLineId: ['inspection.line_not_in_contract'] },
      'inspection.line_not_in_contract',
      {
        line: serviceLineId,
      },
    );
  if (siteId && !contract.siteIds.includes(siteId))
    throw new ValidationError(
      { siteId: ['inspection.site_not_in_contract'] },
      'inspection.site_not_in_contract',
    );
}

function pickTemplate(plugin: ServiceLinePlugin, kind: string, wanted: string | null): string {
  const templates = plugin.checklistTemplates;
  if (wanted) {
    const t = templates.find((x) => x.code === wanted);
    if (!t) throw new NotFoundError('error.not_found');
    if (!(t.inspectionKinds as readonly string[]).includes(kind))
      throw new ValidationError({ templateCode: ['inspection.template_kind'] }, 'inspection.template_kind', {
        template: wanted,
      });
    return t.code;
  }
  const t = templates.find((x) => (x.inspectionKinds as readonly string[]).includes(kind));
  if (!t) throw new PreconditionError('inspection.no_template', { line: plugin.id });
  return t.code;
}

async function siteTagsOf(ctx: InspectionCtx, siteId: string | null): Promise<string[] | undefined> {
  if (!siteId) return undefined;
  const [site] = await ctx.tx
    .select({ tags: sites.tags })
    .from(sites)
    .where(and(tenantFilter(sites.tenantId, ctx.scope.tenantId), eq(sites.id, siteId)));
  if (!site) throw new NotFoundError();
  return site.tags;
}

async function snapshotFor(
  ctx: InspectionCtx,
  target: Target,
  pluginId: string,
  externalTypeCode: string | undefined,
): Promise<InspectionSnapshot> {
  const { tenantId } = ctx.scope;
  const { release } = await lineWithRelease(ctx.tx, tenantId, ctx.plugins, pluginId);
  const siteTags = await siteTagsOf(ctx, target.siteId);
  const opts = { plugins: ctx.plugins, ...(siteTags ? { siteTags } : {}) };
  if (target.kind === 'external') {
    // A planned external inspection names its checklist; the type is the one that uses it.
    const type = release.plugin.externalInspections.find((x) =>
      externalTypeCode
        ? x.code === externalTypeCode
        : x.template !== undefined && x.template === target.templateCode,
    );
    if (!type)
      throw new ValidationError(
        { externalTypeCode: ['error.validation'] },
        'inspection.external_type_unknown',
        {
          line: pluginId,
          type: externalTypeCode ?? '',
        },
      );
    const checklist = type.template
      ? (await resolveTemplateForTenant(ctx.tx, tenantId, pluginId, type.template, opts)).snapshot
      : null;
    return externalSnapshot(release.plugin, type, checklist);
  }
  const templateCode = pickTemplate(release.plugin, target.kind, target.templateCode);
  const main = (await resolveTemplateForTenant(ctx.tx, tenantId, pluginId, templateCode, opts)).snapshot;
  const cadence = release.plugin.cadences.find((c) => c.code === target.cadenceCode);
  const extras = [];
  for (const code of cadence?.includesTemplates ?? [])
    extras.push((await resolveTemplateForTenant(ctx.tx, tenantId, pluginId, code, opts)).snapshot);
  return combineSnapshots(main, extras);
}

async function addParticipants(ctx: InspectionCtx, inspectionId: string, wanted: StartInput['participants']) {
  const rows = new Map<string, Party>([[ctx.scope.userId, 'supervision']]);
  for (const p of wanted ?? []) if (!rows.has(p.userId)) rows.set(p.userId, p.party);
  const ids = [...rows.keys()];
  const members = await ctx.tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        tenantFilter(memberships.tenantId, ctx.scope.tenantId),
        inArray(memberships.userId, ids),
        isNull(memberships.disabledAt),
      ),
    );
  if (members.length !== ids.length)
    throw new ValidationError({ participants: ['inspection.participant_not_member'] });
  await ctx.tx
    .insert(inspectionParticipants)
    .values(
      ids.map((userId) => ({ tenantId: ctx.scope.tenantId, inspectionId, userId, party: rows.get(userId)! })),
    );
}

/**
 * Starts an inspection (a draft kept on the server) from a plan or ad hoc: the tenant's pinned checklist
 * with its overlay is frozen into a snapshot first. Starting the same plan again resumes the caller's
 * draft instead of making a second one.
 */
export async function startInspection(ctx: InspectionCtx, input: StartInput, requested: StartMode) {
  const target = await targetOf(ctx, input, requested);
  // A plan says what it is: a vendor's self-inspection or an outside body's inspection is recorded as such
  // whichever way it was opened (the permission checks below follow).
  const mode: StartMode =
    input.planId && (target.kind === 'self' || target.kind === 'external') ? target.kind : requested;
  const expectedKinds = mode === 'internal' ? ['patrol', 'joint', 'leadership', 'spot'] : [mode];
  if (!expectedKinds.includes(target.kind)) throw new ValidationError({ kind: ['error.validation'] });
  checkContract(target);
  const scope = target.serviceLineId ? 'line' : 'vendor';
  if (scope === 'vendor' && target.kind === 'patrol')
    throw new ValidationError({ serviceLineId: ['inspection.line_required'] });
  const resource = {
    vendorId: target.contract.vendorId,
    contractId: target.contract.id,
    serviceLineId: target.serviceLineId,
    siteId: target.siteId,
  };
  authorizeAny(ctx, recordingPermissions(sourceOf[mode]), resource);
  // A grant lets outside bodies record their own (external) inspections, never the agency's internal ones.
  const byRole = decide(ctx.principal, 'inspections.record', ctx.now.getTime(), resource);
  if (mode === 'internal' && !(byRole.allowed && byRole.via === 'role')) throw new NotFoundError();

  if (target.planId) {
    const [draft] = await ctx.tx
      .select({ id: inspections.id })
      .from(inspections)
      .where(
        and(
          tenantFilter(inspections.tenantId, ctx.scope.tenantId),
          eq(inspections.planId, target.planId),
          eq(inspections.inspectorUserId, ctx.scope.userId),
          eq(inspections.status, 'draft'),
        ),
      );
    if (draft) return { id: draft.id, resumed: true };
  }

  const pluginId = target.serviceLineId ?? vendorPluginId(ctx);
  const snapshot = await snapshotFor(ctx, target, pluginId, input.externalTypeCode);
  await storeSnapshot(ctx, snapshot);
  const [row] = await ctx.tx
    .insert(inspections)
    .values({
      tenantId: ctx.scope.tenantId,
      planId: target.planId,
      contractId: target.contract.id,
      serviceLineId: target.serviceLineId,
      siteId: target.siteId,
      kind: target.kind,
      scope,
      source: sourceOf[mode],
      externalTypeCode: snapshot.external?.code ?? null,
      externalRecord: snapshot.external ? {} : null,
      pluginId: snapshot.plugin.id,
      pluginVersion: snapshot.plugin.version,
      templateCode: snapshot.template.code,
      templateHash: snapshot.hash,
      inspectorUserId: ctx.scope.userId,
      startedAt: ctx.now,
      inspectedOn: localDate(ctx.now.getTime(), ctx.tenant.timeZone),
    })
    .returning();
  const inspection = row!;
  if (target.kind === 'joint' || (input.participants?.length ?? 0) > 0)
    await addParticipants(ctx, inspection.id, input.participants);
  if (target.planId)
    await ctx.tx
      .update(inspectionPlans)
      .set({ inspectionId: inspection.id })
      .where(
        and(
          tenantFilter(inspectionPlans.tenantId, ctx.scope.tenantId),
          eq(inspectionPlans.id, target.planId),
        ),
      );
  await ctx.audit({
    action: 'inspection.start',
    entity: 'inspection',
    entityId: inspection.id,
    after: {
      contractId: inspection.contractId,
      serviceLineId: inspection.serviceLineId,
      siteId: inspection.siteId,
      kind: inspection.kind,
      source: inspection.source,
      planId: inspection.planId,
      templateHash: inspection.templateHash,
    },
  });
  return { id: inspection.id, resumed: false };
}
