import { type Database, schema } from '@steward/db';
import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import { errorFields, type Logger } from '../logger.ts';

export interface OutgoingMessage {
  id: string;
  channel: string;
  recipient: string;
  template: string;
  payload: Record<string, unknown>;
}

/** Sends one message; throws to have it retried later. */
export type DeliveryAdapter = (message: OutgoingMessage) => Promise<void>;

/** Embedded mode has no mail server: the message, with its link, is written to the log for the operator. */
export function logDeliveryAdapter(logger: Logger): DeliveryAdapter {
  return async (message) => {
    logger.info('outgoing message', {
      to: message.recipient,
      template: message.template,
      link: message.payload.link,
      payload: message.payload,
    });
  };
}

const MAX_ATTEMPTS = 8;

/**
 * Sends what the outbox holds, oldest first. Runs with the connection's own rights (the owner role), not
 * as the application role, which may only add to the outbox. A failure is counted and retried on the next
 * run, up to MAX_ATTEMPTS.
 */
export async function deliverPending(
  db: Database,
  send: DeliveryAdapter,
  logger: Logger,
  now: Date,
  batch = 50,
): Promise<number> {
  const pending = await db
    .select()
    .from(schema.outbox)
    .where(and(isNull(schema.outbox.sentAt), lt(schema.outbox.attempts, MAX_ATTEMPTS)))
    .orderBy(asc(schema.outbox.createdAt))
    .limit(batch);
  let sent = 0;
  for (const message of pending) {
    try {
      await send(message);
      await db
        .update(schema.outbox)
        .set({ sentAt: now, attempts: message.attempts + 1 })
        .where(eq(schema.outbox.id, message.id));
      sent++;
    } catch (error) {
      logger.warn('message delivery failed', { id: message.id, ...errorFields(error) });
      await db
        .update(schema.outbox)
        .set({
          attempts: message.attempts + 1,
          lastError: error instanceof Error ? error.message : String(error),
        })
        .where(eq(schema.outbox.id, message.id));
    }
  }
  return sent;
}
