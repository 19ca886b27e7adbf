import { vendorScope } from '@steward/access';
import { daysBetween, NotFoundError, ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { INSPECTION_KINDS } from '@steward/plugin-sdk';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { tenantCalendar } from '../../services/plans/calendar.ts';
import { cancelPlan, reassignPlan, regeneratePlans } from '../../services/plans/mutations.ts';
import {
  myInspectionsToday,
  overduePlans,
  type PlanReader,
  planById,
  plansBetween,
  selfInspectionPlans,
} from '../../services/plans/queries.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

type Ctx = Omit<PlanReader, 'tenantId' | 'userId' | 'calendar' | 'registry'> & {
  scope: { tenantId: string; userId: string };
  tenant: { timeZone: string; settings: unknown };
  plugins: PlanReader['registry'];
};

function readerOf(ctx: Ctx): PlanReader {
  return {
    tx: ctx.tx,
    tenantId: ctx.scope.tenantId,
    userId: ctx.scope.userId,
    principal: ctx.principal,
    decision: ctx.decision,
    now: ctx.now,
    calendar: tenantCalendar(ctx.tenant),
    registry: ctx.plugins,
  };
}

const filters = z.object({
  serviceLineId: z.string().trim().min(1).max(64).optional(),
  contractId: z.uuid().optional(),
  assigneeUserId: z.uuid().optional(),
  kind: z.enum(INSPECTION_KINDS).optional(),
  status: z.enum(['planned', 'done', 'missed', 'cancelled']).optional(),
});

const MAX_RANGE_DAYS = 62;
/** Roles whose members can be handed a plan (they may record inspections). */
const ASSIGNABLE_ROLES = ['admin', 'supervisor', 'leader', 'general_contractor'];

export const plansRouter = router({
  /** 我的今日检查: the signed-in inspector's plans for today, due soon, and overdue. */
  today: tenantProcedure('plans.read').query(({ ctx }) => myInspectionsToday(readerOf(ctx))),

  /** Overdue and missed plans of the tenant, with filters. */
  overdue: tenantProcedure('plans.read')
    .input(filters.optional())
    .query(({ ctx, input }) => overduePlans(readerOf(ctx), input ?? {})),

  /** The week or month view: plans whose window overlaps [from, to]. */
  list: tenantProcedure('plans.read')
    .input(filters.extend({ from: z.iso.date(), to: z.iso.date() }))
    .query(({ ctx, input }) => {
      const { from, to, ...rest } = input;
      const span = daysBetween(from, to);
      if (span < 0 || span > MAX_RANGE_DAYS) throw new ValidationError({ to: ['plans.range_invalid'] });
      return plansBetween(readerOf(ctx), from, to, rest);
    }),

  get: tenantProcedure('plans.read')
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const plan = await planById(readerOf(ctx), input.id);
      if (!plan) throw new NotFoundError();
      ctx.authorize('plans.read', plan);
      return plan;
    }),

  /** The vendor's self-inspection plans (自查) for its contractor; spot checks never appear here. */
  selfInspections: tenantProcedure('inspections.self').query(({ ctx }) =>
    selfInspectionPlans(readerOf(ctx), vendorScope(ctx.principal, 'inspections.self')),
  ),

  /** People a plan can be assigned to (for the reassign picker and the assignee filter). */
  assignees: tenantProcedure('plans.read').query(async ({ ctx }) => {
    if (ctx.decision.allowed && ctx.decision.via === 'grant-scope') return [];
    const rows = await ctx.tx
      .select({
        userId: schema.memberships.userId,
        roles: schema.memberships.roles,
        name: schema.users.displayName,
      })
      .from(schema.memberships)
      .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
      .where(
        and(
          tenantFilter(schema.memberships.tenantId, ctx.scope.tenantId),
          isNull(schema.memberships.disabledAt),
        ),
      )
      .orderBy(asc(schema.users.displayName));
    return rows
      .filter((r) => r.roles.some((role) => ASSIGNABLE_ROLES.includes(role)))
      .map((r) => ({ userId: r.userId, name: r.name, roles: r.roles }));
  }),

  /** Runs the scheduler for this tenant now: idempotent, adds only what is missing. */
  regenerate: tenantProcedure('plans.manage').mutation(({ ctx }) =>
    regeneratePlans(
      {
        tx: ctx.tx,
        tenantId: ctx.scope.tenantId,
        now: ctx.now,
        timeZone: ctx.tenant.timeZone,
        audit: ctx.audit,
      },
      ctx.plugins,
    ),
  ),

  reassign: tenantProcedure('plans.manage')
    .input(z.object({ id: z.uuid(), assigneeUserId: z.uuid().nullable() }))
    .mutation(async ({ ctx, input }) => {
      const reader = readerOf(ctx);
      const visible = await planById(reader, input.id);
      if (!visible) throw new NotFoundError();
      return reassignPlan(
        {
          tx: ctx.tx,
          tenantId: ctx.scope.tenantId,
          now: ctx.now,
          timeZone: ctx.tenant.timeZone,
          audit: ctx.audit,
        },
        input.id,
        input.assigneeUserId,
        () => ctx.authorize('plans.manage', visible),
      );
    }),

  cancel: tenantProcedure('plans.manage')
    .input(z.object({ id: z.uuid(), reason: z.string().trim().max(500) }))
    .mutation(async ({ ctx, input }) => {
      if (input.reason.length === 0) throw new ValidationError({ reason: ['plans.reason_required'] });
      const visible = await planById(readerOf(ctx), input.id);
      if (!visible) throw new NotFoundError();
      return cancelPlan(
        {
          tx: ctx.tx,
          tenantId: ctx.scope.tenantId,
          now: ctx.now,
          timeZone: ctx.tenant.timeZone,
          audit: ctx.audit,
        },
        input.id,
        input.reason,
        () => ctx.authorize('plans.manage', visible),
      );
    }),
});
