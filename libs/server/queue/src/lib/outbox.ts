import { EntityManager } from 'typeorm';

/** The PostgreSQL channel that wakes the relay as soon as an outbox row commits. */
export const OUTBOX_CHANNEL = 'outbox';

/**
 * Writes a message for BullMQ in the caller's transaction (transactional outbox): the
 * message exists exactly when the change that needs it committed. The NOTIFY is delivered
 * only on commit too, so the relay never sees a row it cannot read yet.
 */
export async function addToOutbox(m: EntityManager, topic: string, payload: Record<string, unknown>): Promise<void> {
  await m.query(`INSERT INTO outbox (topic, payload) VALUES ($1, $2)`, [topic, JSON.stringify(payload)]);
  await m.query(`SELECT pg_notify($1, $2)`, [OUTBOX_CHANNEL, topic]);
}
