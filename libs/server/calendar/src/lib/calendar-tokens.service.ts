import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { actorOf, AuthUser, isoUtc } from '@budgetspor/server/common';

function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export interface CalendarToken {
  token: string;
  createdAt: string;
}

/**
 * Per-user tokens for the iCalendar feed. A calendar program cannot log in or keep a session
 * cookie, so the feed URL carries a token of its own: random, stored only as its hash, one
 * per user (a new one replaces the old), worthless once the user is deactivated.
 */
@Injectable()
export class CalendarTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  create(user: AuthUser): Promise<CalendarToken> {
    const token = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (m) => {
      const [old] = await m.query(`SELECT ${isoUtc('created_at')} AS "createdAt" FROM calendar_tokens WHERE user_id = $1 FOR UPDATE`, [user.id]);
      const [{ createdAt }] = await m.query(
        `INSERT INTO calendar_tokens (user_id, token_hash) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = clock_timestamp()
         RETURNING ${isoUtc('created_at')} AS "createdAt"`,
        [user.id, tokenHash(token)],
      );
      await this.audit.record(m, {
        actor: actorOf(user), action: old ? 'rotate' : 'create', entityType: 'calendar_token', entityId: user.id,
        before: old ?? null, after: { createdAt },
      });
      return { token, createdAt };
    });
  }

  /** Ends the user's feed subscriptions. Nothing to end is fine too (and not audited). */
  revoke(user: AuthUser): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const [deleted] = await m.query(
        `DELETE FROM calendar_tokens WHERE user_id = $1 RETURNING ${isoUtc('created_at')} AS "createdAt"`,
        [user.id],
      );
      if (deleted.length === 0) return;
      await this.audit.record(m, { actor: actorOf(user), action: 'delete', entityType: 'calendar_token', entityId: user.id, before: deleted[0], after: null });
    });
  }

  /** Whether the token belongs to an active user. */
  async isValid(token: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM calendar_tokens t JOIN users u ON u.id = t.user_id AND u.active WHERE t.token_hash = $1`,
      [tokenHash(token)],
    );
    return rows.length > 0;
  }
}
