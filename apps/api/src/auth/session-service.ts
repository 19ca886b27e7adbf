import {
  DEFAULT_SESSION_POLICY,
  evaluateSession,
  generateSessionToken,
  parseSessionToken,
  type SessionPolicy,
  verifySecret,
} from '@steward/auth';
import { asUser, type Database, schema } from '@steward/db';
import { and, desc, eq, ne } from 'drizzle-orm';

const { sessions, users } = schema;

/** The signed-in user behind a request, as the session row and user row say right now. */
export interface ResolvedSession {
  id: string;
  userId: string;
  email: string;
  displayName: string;
  activeTenantId: string | null;
  pendingMfa: boolean;
  isPlatformOperator: boolean;
  hasTotp: boolean;
  preferredLocale: string;
  expiresAt: number;
  /** Set when the cookie must be re-sent with a new expiry. */
  refreshed: boolean;
}

export interface NewSession {
  token: string;
  expiresAt: number;
}

export async function createSession(
  db: Database,
  input: {
    userId: string;
    activeTenantId: string | null;
    pendingMfa: boolean;
    userAgent: string;
    ip: string;
    now: Date;
  },
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<NewSession> {
  const { token, id, secretHash } = generateSessionToken();
  await asUser(db, input.userId, (tx) =>
    tx.insert(sessions).values({
      id,
      secretHash,
      userId: input.userId,
      activeTenantId: input.activeTenantId,
      pendingMfa: input.pendingMfa,
      createdAt: input.now,
      lastVerifiedAt: input.now,
      userAgent: input.userAgent.slice(0, 300),
      ip: input.ip,
    }),
  );
  const expiresAt = Math.min(
    input.now.getTime() + policy.inactivityTimeoutMs,
    input.now.getTime() + policy.absoluteTimeoutMs,
  );
  return { token, expiresAt };
}

/**
 * Validates a cookie's token: the secret's hash must match in constant time, the session must be within
 * its inactivity and absolute limits, and the user must not be disabled. Expired sessions are deleted.
 */
export async function resolveSession(
  db: Database,
  token: string,
  now: Date,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<ResolvedSession | null> {
  const parsed = parseSessionToken(token);
  if (!parsed) return null;
  return asUser(db, null, async (tx) => {
    const [row] = await tx
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, parsed.id))
      .limit(1);
    if (!row || !verifySecret(parsed.secret, row.session.secretHash)) return null;
    if (row.user.disabledAt) {
      await tx.delete(sessions).where(eq(sessions.userId, row.user.id));
      return null;
    }
    const evaluation = evaluateSession(
      { createdAt: row.session.createdAt.getTime(), lastVerifiedAt: row.session.lastVerifiedAt.getTime() },
      now.getTime(),
      policy,
    );
    if (evaluation.status === 'expired') {
      await tx.delete(sessions).where(eq(sessions.id, parsed.id));
      return null;
    }
    if (evaluation.status === 'refresh') {
      await tx
        .update(sessions)
        .set({ lastVerifiedAt: new Date(evaluation.lastVerifiedAt) })
        .where(eq(sessions.id, parsed.id));
    }
    return {
      id: row.session.id,
      userId: row.user.id,
      email: row.user.email,
      displayName: row.user.displayName,
      activeTenantId: row.session.activeTenantId,
      pendingMfa: row.session.pendingMfa,
      isPlatformOperator: row.user.isPlatformOperator,
      hasTotp: row.user.totpSecret !== null,
      preferredLocale: row.user.preferredLocale,
      expiresAt: evaluation.expiresAt,
      refreshed: evaluation.status === 'refresh',
    };
  });
}

export function deleteSession(db: Database, sessionId: string): Promise<unknown> {
  return asUser(db, null, (tx) => tx.delete(sessions).where(eq(sessions.id, sessionId)));
}

/** Logout everywhere, account disable, password change: every session of the user ends. */
export function deleteAllSessionsOfUser(
  db: Database,
  userId: string,
  exceptSessionId?: string,
): Promise<unknown> {
  return asUser(db, userId, (tx) =>
    tx
      .delete(sessions)
      .where(
        exceptSessionId
          ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
          : eq(sessions.userId, userId),
      ),
  );
}

export function listSessionsOfUser(db: Database, userId: string) {
  return asUser(db, userId, (tx) =>
    tx
      .select({
        id: sessions.id,
        createdAt: sessions.createdAt,
        lastVerifiedAt: sessions.lastVerifiedAt,
        userAgent: sessions.userAgent,
        ip: sessions.ip,
      })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(desc(sessions.lastVerifiedAt)),
  );
}

export function updateSession(
  db: Database,
  sessionId: string,
  changes: Partial<{ activeTenantId: string | null; pendingMfa: boolean }>,
): Promise<unknown> {
  return asUser(db, null, (tx) => tx.update(sessions).set(changes).where(eq(sessions.id, sessionId)));
}
