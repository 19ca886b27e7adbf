import { assertLevelWeights } from '@steward/core';
import { z } from 'zod';
import { type SupervisionCtx, tenantLevelWeights } from '../../services/contracts/context.ts';
import {
  CONTRACT_STATUSES,
  type ContractRow,
  contractOut,
  createContract,
  findVisibleContract,
  listContracts,
  updateContract,
} from '../../services/contracts/contracts.ts';
import { contractOptions, namesFor } from '../../services/contracts/options.ts';
import { patchTenantSettings } from '../../services/tenant-settings.ts';
import { router } from '../init.ts';
import { partialUpdate } from '../partial-update.ts';
import { tenantProcedure } from '../procedures.ts';

const isoDate = z.iso.date();
const ppm = z.number().int().min(0).max(1_000_000);
const weights = z.object({ daily: ppm, monthly: ppm, semiannual: ppm, self: ppm });

const contractFields = z.object({
  code: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(120),
  vendorId: z.uuid(),
  generalContractorId: z.uuid().nullable().default(null),
  serviceLineIds: z.array(z.string().trim().min(1).max(64)).min(1).max(20),
  siteIds: z.array(z.uuid()).min(1).max(50),
  startsOn: isoDate,
  endsOn: isoDate,
  /** annual price in fen (the UI takes yuan with two decimals) */
  priceFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  deposit: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('percent'), basisPoints: z.number().int().min(0).max(10_000) }),
    z.object({ kind: z.literal('amount'), fen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }),
  ]),
  satisfactionTargetBp: z.number().int().min(0).max(10_000).default(9000),
  /** null: the tenant's defaults apply */
  weights: weights.nullable().default(null),
  status: z.enum(CONTRACT_STATUSES).default('active'),
});

const c = (ctx: unknown) => ctx as SupervisionCtx;

async function withNames(ctx: SupervisionCtx, rows: ContractRow[]) {
  const names = await namesFor(ctx);
  return rows.map((row) => ({
    ...contractOut(ctx, row),
    vendorName: names.vendorName(row.vendorId),
    generalContractorName: names.vendorName(row.generalContractorId),
    sites: row.siteIds.map((id) => ({ id, name: names.siteName(id) })),
  }));
}

export const contractsRouter = router({
  /** What the contract forms and filters choose from, and the tenant's default weights. */
  options: tenantProcedure('contracts.read').query(({ ctx }) => contractOptions(c(ctx))),

  list: tenantProcedure('contracts.read')
    .input(
      z
        .object({
          vendorId: z.uuid().optional(),
          serviceLineId: z.string().trim().min(1).max(64).optional(),
          status: z.enum(CONTRACT_STATUSES).optional(),
        })
        .optional(),
    )
    .query(async ({ ctx, input }) => withNames(c(ctx), await listContracts(c(ctx), input ?? {}))),

  /** The contract page's header facts; other sections (scores, inspections…) load on their own. */
  get: tenantProcedure('contracts.read')
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const row = await findVisibleContract(c(ctx), input.id);
      const [out] = await withNames(c(ctx), [row]);
      return out!;
    }),

  create: tenantProcedure('contracts.manage')
    .input(contractFields)
    .mutation(({ ctx, input }) => createContract(c(ctx), input)),

  update: tenantProcedure('contracts.manage')
    .input(partialUpdate(contractFields).extend({ id: z.uuid() }))
    .mutation(({ ctx, input }) => {
      const { id, ...changes } = input;
      return updateContract(c(ctx), id, changes);
    }),

  /** The tenant's default level weights (R12), used by contracts that set none. */
  defaultWeights: tenantProcedure('contracts.read').query(({ ctx }) => tenantLevelWeights(c(ctx))),

  setDefaultWeights: tenantProcedure('tenant.manage')
    .input(weights)
    .mutation(async ({ ctx, input }) => {
      const before = tenantLevelWeights(c(ctx));
      assertLevelWeights(input);
      await patchTenantSettings(ctx.tx, ctx.scope.tenantId, { levelWeights: input });
      await ctx.audit({
        action: 'tenant.level_weights',
        entity: 'tenant',
        entityId: ctx.scope.tenantId,
        before,
        after: input,
      });
      return input;
    }),
});
