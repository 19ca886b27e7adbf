import { ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { InspectionCtx } from './access.ts';
import { editableDraft } from './draft.ts';
import type { Party } from './start.ts';

const { inspectionParticipants, memberships } = schema;

/**
 * Adds a party to a joint inspection while it is a draft (the general contractor's representative, a
 * department's liaison, a leader); each signs the record after submission.
 */
export async function addParticipant(
  ctx: InspectionCtx,
  input: { inspectionId: string; userId: string; party: Party },
) {
  await editableDraft(ctx, input.inspectionId);
  const [member] = await ctx.tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        tenantFilter(memberships.tenantId, ctx.scope.tenantId),
        eq(memberships.userId, input.userId),
        isNull(memberships.disabledAt),
      ),
    );
  if (!member) throw new ValidationError({ userId: ['inspection.participant_not_member'] });
  const [row] = await ctx.tx
    .insert(inspectionParticipants)
    .values({ tenantId: ctx.scope.tenantId, ...input })
    .onConflictDoNothing()
    .returning({ id: inspectionParticipants.id });
  if (row)
    await ctx.audit({
      action: 'inspection.participant.add',
      entity: 'inspection',
      entityId: input.inspectionId,
      after: input,
    });
  return { added: row !== undefined };
}
