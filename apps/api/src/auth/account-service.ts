import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import {
  checkPasswordPolicy,
  findRecoveryCode,
  generateOneTimeToken,
  generateRecoveryCodes,
  generateTotpSecret,
  hashOneTimeToken,
  hashPassword,
  totpKeyUri,
  verifyTotp,
} from '@steward/auth';
import { NotFoundError, UnauthenticatedError, ValidationError } from '@steward/core';
import { appendAudit, asUser, type Database, inTenant, schema } from '@steward/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { findUsableInvitation } from '../services/invitations.ts';

const { users, memberships, invitations, passwordResets, outbox } = schema;

/** Refuses a weak password with field messages the form shows next to the field. */
export function assertPasswordAcceptable(password: string, userInputs: string[]): void {
  const policy = checkPasswordPolicy(password, { userInputs });
  if (!policy.ok) {
    throw new ValidationError({ password: policy.issues.map((i) => i.key) }, 'error.validation', {
      min: 12,
      max: 128,
    });
  }
}

/** Second step of sign-in: a TOTP code (once only) or one of the recovery codes. */
export async function completeMfa(db: Database, userId: string, code: string, now: Date): Promise<void> {
  await asUser(db, userId, async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).limit(1);
    if (!user?.totpSecret) throw new UnauthenticatedError('auth.mfa_required');
    const secret = decodeBase32IgnorePadding(user.totpSecret);
    const result = verifyTotp(secret, code, now.getTime(), user.totpLastStep);
    if (result.ok) {
      await tx.update(users).set({ totpLastStep: result.step }).where(eq(users.id, userId));
      return;
    }
    const recovery = findRecoveryCode(code, user.recoveryCodeHashes);
    if (recovery >= 0) {
      const remaining = user.recoveryCodeHashes.filter((_, i) => i !== recovery);
      await tx.update(users).set({ recoveryCodeHashes: remaining }).where(eq(users.id, userId));
      return;
    }
    throw new ValidationError({ code: [result.reason === 'reused' ? 'totp.reused' : 'totp.invalid'] });
  });
}

/** Enrolment, step 1: a fresh secret to show as a QR code; nothing is stored until it is confirmed. */
export function beginTotpEnrolment(email: string) {
  const secret = generateTotpSecret();
  return { secret: encodeBase32UpperCaseNoPadding(secret), uri: totpKeyUri(email, secret) };
}

/** Enrolment, step 2: the first code proves the app has the secret; returns recovery codes, shown once. */
export async function confirmTotpEnrolment(
  db: Database,
  userId: string,
  secretBase32: string,
  code: string,
  now: Date,
) {
  let secret: Uint8Array;
  try {
    secret = decodeBase32IgnorePadding(secretBase32);
  } catch {
    throw new ValidationError({ secret: ['totp.invalid'] });
  }
  const result = verifyTotp(secret, code, now.getTime(), null);
  if (!result.ok) throw new ValidationError({ code: ['totp.invalid'] });
  const recovery = generateRecoveryCodes();
  await asUser(db, userId, (tx) =>
    tx
      .update(users)
      .set({ totpSecret: secretBase32, totpLastStep: result.step, recoveryCodeHashes: recovery.hashes })
      .where(eq(users.id, userId)),
  );
  return { recoveryCodes: recovery.codes };
}

/**
 * Accepting an invitation: creates the account (or reuses the one with that email, whose password must
 * then match nothing new — an existing user keeps theirs) and the membership, in the invitation's tenant.
 */
export async function acceptInvitation(
  db: Database,
  input: {
    tenantId: string;
    invitationId: string;
    token: string;
    displayName: string;
    password: string;
    now: Date;
  },
): Promise<{ userId: string; tenantId: string }> {
  return inTenant(db, { tenantId: input.tenantId, userId: null }, async (tx) => {
    const invitation = await findUsableInvitation(
      tx,
      input.tenantId,
      input.invitationId,
      input.token,
      input.now,
    );
    const [existing] = await tx.select().from(users).where(eq(users.email, invitation.email)).limit(1);
    let userId: string;
    if (existing) {
      userId = existing.id;
    } else {
      assertPasswordAcceptable(input.password, [invitation.email, input.displayName]);
      const [created] = await tx
        .insert(users)
        .values({
          email: invitation.email,
          displayName: input.displayName.trim() || invitation.displayName || invitation.email,
          passwordHash: await hashPassword(input.password),
        })
        .returning({ id: users.id });
      userId = created!.id;
    }
    await tx.execute(sql`select set_config('app.user_id', ${userId}, true)`);
    await tx
      .insert(memberships)
      .values({ tenantId: input.tenantId, userId, roles: invitation.roles })
      .onConflictDoUpdate({
        target: [memberships.tenantId, memberships.userId],
        set: { roles: invitation.roles, disabledAt: null },
      });
    await tx
      .update(invitations)
      .set({ acceptedAt: input.now, acceptedUserId: userId })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)));
    await appendAudit(tx, { tenantId: input.tenantId, userId }, input.now, {
      action: 'invitation.accept',
      entity: 'membership',
      entityId: userId,
      after: { email: invitation.email, roles: invitation.roles },
    });
    return { userId, tenantId: input.tenantId };
  });
}

export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

/** Always answers the same way, whether or not the address exists; the link goes to the outbox. */
export async function requestPasswordReset(db: Database, email: string, now: Date, publicOrigin: string) {
  const normalized = email.trim().toLowerCase();
  await asUser(db, null, async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, normalized)).limit(1);
    if (!user || user.disabledAt) return;
    const { token, tokenHash } = generateOneTimeToken();
    await tx
      .insert(passwordResets)
      .values({ userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS) });
    await tx.insert(outbox).values({
      recipient: normalized,
      template: 'password-reset',
      payload: {
        link: `${publicOrigin}/reset-password#${token}`,
        expiresInMinutes: PASSWORD_RESET_TTL_MS / 60_000,
      },
    });
  });
}

/** Sets a new password from a reset link; every session of the user ends. */
export async function resetPassword(
  db: Database,
  token: string,
  password: string,
  now: Date,
): Promise<string> {
  const tokenHash = hashOneTimeToken(token);
  if (!tokenHash) throw new NotFoundError('auth.reset_invalid');
  return asUser(db, null, async (tx) => {
    const [reset] = await tx
      .select()
      .from(passwordResets)
      .where(eq(passwordResets.tokenHash, tokenHash))
      .limit(1);
    if (!reset || reset.usedAt || reset.expiresAt.getTime() <= now.getTime())
      throw new NotFoundError('auth.reset_invalid');
    const [user] = await tx.select().from(users).where(eq(users.id, reset.userId)).limit(1);
    if (!user) throw new NotFoundError('auth.reset_invalid');
    assertPasswordAcceptable(password, [user.email, user.displayName]);
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(users.id, user.id));
    await tx.update(passwordResets).set({ usedAt: now }).where(eq(passwordResets.id, reset.id));
    await tx.delete(schema.sessions).where(eq(schema.sessions.userId, user.id));
    return user.id;
  });
}
