import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '@budgetspor/server/common';

export const SESSION_HOURS = 12;

function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/**
 * Server-side sessions: the token is random, only its hash is stored, and deleting the
 * row ends the session everywhere at once (logout, password change, deactivation).
 */
@Injectable()
export class SessionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(userId: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`,
      [tokenHash(token), userId, SESSION_HOURS],
    );
    return token;
  }

  /** The active user behind a token, or null (unknown, expired or deactivated). */
  async resolve(token: string): Promise<AuthUser | null> {
    const rows = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.role,
              coalesce(array_agg(uc.committee_code ORDER BY uc.committee_code COLLATE "C")
                       FILTER (WHERE uc.committee_code IS NOT NULL), '{}') AS "committeeCodes"
         FROM sessions s
         JOIN users u ON u.id = s.user_id AND u.active
         LEFT JOIN user_committees uc ON uc.user_id = u.id
        WHERE s.token_hash = $1 AND s.expires_at > now()
        GROUP BY u.id`,
      [tokenHash(token)],
    );
    return rows[0] ?? null;
  }

  async revoke(token: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sessions WHERE token_hash = $1`, [tokenHash(token)]);
  }

  async revokeAll(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
  }
}
