import {
  assertLevelWeights,
  ConflictError,
  compareDates,
  type FieldErrors,
  NotFoundError,
  ValidationError,
} from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, arrayContains, asc, eq, inArray } from 'drizzle-orm';
import { type SupervisionCtx, tenantLevelWeights } from './context.ts';
import { boundVendorOf, contractVisible } from './visibility.ts';

const { contracts, vendors, sites, tenantServiceLines } = schema;

export type ContractRow = typeof contracts.$inferSelect;
export const CONTRACT_STATUSES = ['active', 'ended', 'terminated'] as const;

export type Deposit = { kind: 'percent'; basisPoints: number } | { kind: 'amount'; fen: number };

export interface ContractFields {
  code: string;
  title: string;
  vendorId: string;
  generalContractorId: string | null;
  serviceLineIds: string[];
  siteIds: string[];
  startsOn: string;
  endsOn: string;
  priceFen: number;
  deposit: Deposit;
  satisfactionTargetBp: number;
  weights: schema.LevelWeights | null;
  status: (typeof CONTRACT_STATUSES)[number];
}

/** The deposit in fen: a percentage is of the (annual) price, rounded half up to the fen. */
export function depositFenOf(
  c: Pick<ContractRow, 'depositKind' | 'depositBasisPoints' | 'depositFen' | 'priceFen'>,
) {
  if (c.depositKind === 'amount') return c.depositFen ?? 0;
  return Math.floor((c.priceFen * (c.depositBasisPoints ?? 0) + 5000) / 10000);
}

export function contractOut(ctx: SupervisionCtx, c: ContractRow) {
  const deposit: Deposit =
    c.depositKind === 'amount'
      ? { kind: 'amount', fen: c.depositFen ?? 0 }
      : { kind: 'percent', basisPoints: c.depositBasisPoints ?? 0 };
  return {
    id: c.id,
    code: c.code,
    title: c.title,
    vendorId: c.vendorId,
    generalContractorId: c.generalContractorId,
    serviceLineIds: c.serviceLineIds,
    siteIds: c.siteIds,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    priceFen: c.priceFen,
    deposit,
    depositFen: depositFenOf(c),
    satisfactionTargetBp: c.satisfactionTargetBp,
    /** the contract's own weights, or null when the tenant's defaults apply */
    weights: c.weights,
    effectiveWeights: c.weights ?? tenantLevelWeights(ctx),
    status: c.status,
    createdAt: c.createdAt,
  };
}

/** Checks what the input refers to exists in this tenant (FK checks ignore row-level security). */
async function checkReferences(ctx: SupervisionCtx, f: Partial<ContractFields>) {
  const errors: Record<string, string[]> = {};
  const tenantId = ctx.scope.tenantId;
  const vendorIds = [f.vendorId, f.generalContractorId].filter((v): v is string => !!v);
  if (vendorIds.length) {
    const found = await ctx.tx
      .select({ id: vendors.id })
      .from(vendors)
      .where(and(tenantFilter(vendors.tenantId, tenantId), inArray(vendors.id, vendorIds)));
    const ids = new Set(found.map((v) => v.id));
    if (f.vendorId && !ids.has(f.vendorId)) errors.vendorId = ['contract.vendor_unknown'];
    if (f.generalContractorId && !ids.has(f.generalContractorId))
      errors.generalContractorId = ['contract.vendor_unknown'];
  }
  if (f.vendorId && f.generalContractorId && f.vendorId === f.generalContractorId)
    errors.generalContractorId = ['contract.general_contractor_is_vendor'];
  if (f.siteIds) {
    const found = await ctx.tx
      .select({ id: sites.id })
      .from(sites)
      .where(and(tenantFilter(sites.tenantId, tenantId), inArray(sites.id, f.siteIds)));
    if (found.length !== new Set(f.siteIds).size) errors.siteIds = ['contract.site_unknown'];
  }
  if (f.serviceLineIds) {
    const enabled = await ctx.tx
      .select({ id: tenantServiceLines.pluginId })
      .from(tenantServiceLines)
      .where(and(tenantFilter(tenantServiceLines.tenantId, tenantId), eq(tenantServiceLines.enabled, true)));
    const ids = new Set(enabled.map((l) => l.id));
    const missing = f.serviceLineIds.filter((id) => !ids.has(id));
    if (missing.length) errors.serviceLineIds = ['contract.service_line_not_enabled'];
  }
  return errors;
}

function checkFields(f: Partial<ContractFields>, errors: Record<string, string[]>): FieldErrors {
  if (f.startsOn && f.endsOn && compareDates(f.endsOn, f.startsOn) < 0)
    errors.endsOn = ['contract.ends_before_start'];
  if (f.weights) {
    try {
      assertLevelWeights(f.weights);
    } catch (e) {
      if (e instanceof ValidationError) Object.assign(errors, e.fieldErrors);
      else throw e;
    }
  }
  return errors;
}

function columnsOf(f: Partial<ContractFields>) {
  const { deposit, ...rest } = f;
  if (!deposit) return rest;
  return deposit.kind === 'amount'
    ? { ...rest, depositKind: 'amount', depositFen: deposit.fen, depositBasisPoints: null }
    : { ...rest, depositKind: 'percent', depositBasisPoints: deposit.basisPoints, depositFen: null };
}

function fail(errors: FieldErrors, f: Partial<ContractFields>) {
  if (Object.keys(errors).length === 0) return;
  // Only one sum problem: lift its message (with the actual sum) to the form too.
  if (errors.weights && f.weights) assertLevelWeights(f.weights);
  throw new ValidationError(errors);
}

export async function createContract(ctx: SupervisionCtx, f: ContractFields) {
  fail(checkFields(f, await checkReferences(ctx, f)), f);
  const [row] = await ctx.tx
    .insert(contracts)
    .values({ ...columnsOf(f), tenantId: ctx.scope.tenantId } as typeof contracts.$inferInsert)
    .onConflictDoNothing()
    .returning();
  if (!row) throw new ConflictError('contract.code_taken', { code: f.code });
  const after = contractOut(ctx, row);
  await ctx.audit({ action: 'contract.create', entity: 'contract', entityId: row.id, after });
  return after;
}

export async function updateContract(ctx: SupervisionCtx, id: string, f: Partial<ContractFields>) {
  const where = and(tenantFilter(contracts.tenantId, ctx.scope.tenantId), eq(contracts.id, id));
  const [before] = await ctx.tx.select().from(contracts).where(where);
  if (!before) throw new NotFoundError();
  const merged = { startsOn: before.startsOn, endsOn: before.endsOn, vendorId: before.vendorId, ...f };
  const refs: Partial<ContractFields> = { ...f };
  if (f.generalContractorId !== undefined || f.vendorId !== undefined) {
    refs.vendorId = merged.vendorId;
    refs.generalContractorId =
      f.generalContractorId !== undefined ? f.generalContractorId : before.generalContractorId;
  }
  fail(checkFields(merged, await checkReferences(ctx, refs)), f);
  if (f.code && f.code !== before.code) {
    const [taken] = await ctx.tx
      .select({ id: contracts.id })
      .from(contracts)
      .where(and(tenantFilter(contracts.tenantId, ctx.scope.tenantId), eq(contracts.code, f.code)));
    if (taken) throw new ConflictError('contract.code_taken', { code: f.code });
  }
  const [after] = await ctx.tx.update(contracts).set(columnsOf(f)).where(where).returning();
  await ctx.audit({
    action: 'contract.update',
    entity: 'contract',
    entityId: id,
    before: contractOut(ctx, before),
    after: contractOut(ctx, after!),
  });
  return contractOut(ctx, after!);
}

export interface ContractFilter {
  vendorId?: string | undefined;
  serviceLineId?: string | undefined;
  status?: string | undefined;
}

/** Contracts the caller may see (a contractor its own vendor's, a grant holder what its grants cover). */
export async function listContracts(ctx: SupervisionCtx, filter: ContractFilter) {
  const bound = boundVendorOf(ctx, 'contracts.read');
  const rows = await ctx.tx
    .select()
    .from(contracts)
    .where(
      and(
        tenantFilter(contracts.tenantId, ctx.scope.tenantId),
        bound !== null ? eq(contracts.vendorId, bound) : undefined,
        filter.vendorId ? eq(contracts.vendorId, filter.vendorId) : undefined,
        filter.serviceLineId ? arrayContains(contracts.serviceLineIds, [filter.serviceLineId]) : undefined,
        filter.status ? eq(contracts.status, filter.status) : undefined,
      ),
    )
    .orderBy(asc(contracts.code));
  return rows.filter((c) => contractVisible(ctx, 'contracts.read', c));
}

/** One contract the caller may see; a contract outside its reach looks absent. */
export async function findVisibleContract(ctx: SupervisionCtx, id: string): Promise<ContractRow> {
  const [row] = await ctx.tx
    .select()
    .from(contracts)
    .where(and(tenantFilter(contracts.tenantId, ctx.scope.tenantId), eq(contracts.id, id)));
  if (!row || !contractVisible(ctx, 'contracts.read', row)) throw new NotFoundError();
  if (ctx.decision.allowed && ctx.decision.via === 'role')
    ctx.authorize('contracts.read', { vendorId: row.vendorId, contractId: row.id });
  return row;
}
