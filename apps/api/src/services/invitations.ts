import type { Role } from '@steward/access';
import { generateOneTimeToken, hashOneTimeToken } from '@steward/auth';
import { NotFoundError, PreconditionError } from '@steward/core';
import { appendAudit, type Database, schema, type TenantScope, tenantFilter } from '@steward/db';
import { and, desc, eq, isNull } from 'drizzle-orm';

const { invitations, outbox } = schema;

/** An invitation link stays usable for a week. */
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

export interface InvitationInput {
  email: string;
  displayName: string;
  roles: Role[];
  invitedBy: string | null;
  now: Date;
  publicOrigin: string;
  actorKind?: 'user' | 'operator';
}

/**
 * The link carries the tenant and invitation ids (not secret) and a one-time secret whose hash alone is
 * stored. The message goes to the outbox in the same transaction.
 */
export async function createInvitation(tx: Database, scope: TenantScope, input: InvitationInput) {
  const { token, tokenHash } = generateOneTimeToken();
  const email = input.email.trim().toLowerCase();
  const [row] = await tx
    .insert(invitations)
    .values({
      tenantId: scope.tenantId,
      email,
      displayName: input.displayName,
      roles: input.roles,
      tokenHash,
      invitedBy: input.invitedBy,
      expiresAt: new Date(input.now.getTime() + INVITATION_TTL_MS),
    })
    .returning();
  if (!row) throw new Error('invitation insert returned nothing');
  const link = `${input.publicOrigin}/accept-invitation#${scope.tenantId}.${row.id}.${token}`;
  await tx.insert(outbox).values({
    tenantRef: scope.tenantId,
    recipient: email,
    template: 'invitation',
    payload: {
      link,
      roles: input.roles,
      displayName: input.displayName,
      expiresAt: row.expiresAt.toISOString(),
    },
  });
  await appendAudit(tx, scope, input.now, {
    action: 'invitation.create',
    entity: 'invitation',
    entityId: row.id,
    after: { email, roles: input.roles },
    actorKind: input.actorKind ?? 'user',
  });
  return { id: row.id, link, expiresAt: row.expiresAt };
}

/** `<tenantId>.<invitationId>.<secret>` from the link's fragment. */
export function parseInvitationToken(
  value: string,
): { tenantId: string; invitationId: string; token: string } | null {
  const match = /^([0-9a-f-]{36})\.([0-9a-f-]{36})\.([a-z2-7]+)$/.exec(value.trim());
  if (!match) return null;
  return { tenantId: match[1]!, invitationId: match[2]!, token: match[3]! };
}

/** Finds a usable invitation by its link, inside its tenant's context; any mismatch is "not found". */
export async function findUsableInvitation(
  tx: Database,
  tenantId: string,
  invitationId: string,
  token: string,
  now: Date,
) {
  const tokenHash = hashOneTimeToken(token);
  if (!tokenHash) throw new NotFoundError('auth.invitation_invalid');
  const [row] = await tx
    .select()
    .from(invitations)
    .where(
      and(
        tenantFilter(invitations.tenantId, tenantId),
        eq(invitations.id, invitationId),
        eq(invitations.tokenHash, tokenHash),
      ),
    )
    .limit(1);
  if (!row || row.revokedAt || row.acceptedAt) throw new NotFoundError('auth.invitation_invalid');
  if (row.expiresAt.getTime() <= now.getTime()) throw new PreconditionError('auth.invitation_expired');
  return row;
}

export function listOpenInvitations(tx: Database, tenantId: string) {
  return tx
    .select({
      id: invitations.id,
      email: invitations.email,
      displayName: invitations.displayName,
      roles: invitations.roles,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(
      and(
        tenantFilter(invitations.tenantId, tenantId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}
