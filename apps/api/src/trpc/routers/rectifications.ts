import { z } from 'zod';
import { respondToRectification, verifyRectification } from '../../services/rectifications/answer.ts';
import { rectificationPolicyOf, rectificationPolicySchema } from '../../services/rectifications/policy.ts';
import {
  getRectification,
  listRectifications,
  NOTICE_STATUSES,
  openFindings,
  vendorInbox,
} from '../../services/rectifications/queries.ts';
import { raiseRectification } from '../../services/rectifications/raise.ts';
import { patchTenantSettings } from '../../services/tenant-settings.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

const note = z.string().trim().max(2000);

/** 整改通知 (R17): raise from a finding, the vendor's inbox and answer, verification, history. */
export const rectificationsRouter = router({
  raise: tenantProcedure('rectifications.issue')
    .input(z.object({ resultId: z.uuid(), instructions: note.default('') }))
    .mutation(({ ctx, input }) => raiseRectification(ctx, input)),

  list: tenantProcedure('rectifications.read')
    .input(
      z
        .object({
          contractId: z.uuid().optional(),
          status: z.enum([...NOTICE_STATUSES, 'active']).optional(),
          overdue: z.boolean().optional(),
        })
        .default({}),
    )
    .query(({ ctx, input }) => listRectifications(ctx, input)),

  /** Nonconformities without a notice yet, to raise from. */
  findings: tenantProcedure('rectifications.issue')
    .input(z.object({ contractId: z.uuid().optional() }).default({}))
    .query(({ ctx, input }) => openFindings(ctx, input.contractId)),

  inbox: tenantProcedure('rectifications.respond').query(({ ctx }) => vendorInbox(ctx)),

  get: tenantProcedure('rectifications.read')
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => getRectification(ctx, input.id)),

  respond: tenantProcedure('rectifications.respond')
    .input(
      z.object({
        id: z.uuid(),
        response: z.string().trim().min(1).max(2000),
        evidenceIds: z.array(z.uuid()).max(10).default([]),
      }),
    )
    .mutation(({ ctx, input }) => respondToRectification(ctx, input)),

  verify: tenantProcedure('rectifications.verify')
    .input(
      z.object({
        id: z.uuid(),
        outcome: z.enum(['fixed', 'partly_fixed', 'not_fixed']),
        note: note.default(''),
      }),
    )
    .mutation(({ ctx, input }) => verifyRectification(ctx, input)),

  /** The tenant's deadlines by severity (working days) and the points a failed verification costs. */
  policy: tenantProcedure('rectifications.read').query(({ ctx }) =>
    rectificationPolicyOf(ctx.tenant.settings as unknown as Record<string, unknown>),
  ),

  setPolicy: tenantProcedure('tenant.manage')
    .input(rectificationPolicySchema)
    .mutation(async ({ ctx, input }) => {
      const before = rectificationPolicyOf(ctx.tenant.settings as unknown as Record<string, unknown>);
      await patchTenantSettings(ctx.tx, ctx.scope.tenantId, { rectification: input });
      await ctx.audit({
        action: 'rectification.policy',
        entity: 'tenant',
        entityId: ctx.scope.tenantId,
        before,
        after: input,
      });
      return input;
    }),
});
