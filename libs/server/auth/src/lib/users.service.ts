import { BadRequestException, ConflictException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, SYSTEM_ACTOR } from '@budgetspor/server/audit';
import { AuthUser, definedOnly, isoUtc, Role, updateVersioned } from '@budgetspor/server/common';
import { hashPassword, verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';
import { CreateUserDto, UpdateUserDto, UserDetailDto } from './users.dto';

const SELECT_USER = `
  SELECT u.id, u.email, u.name, u.role,
         coalesce(array_agg(uc.committee_code ORDER BY uc.committee_code COLLATE "C")
                  FILTER (WHERE uc.committee_code IS NOT NULL), '{}') AS "committeeCodes",
         u.active, u.version,
         ${isoUtc('u.created_at')} AS "createdAt",
         ${isoUtc('u.updated_at')} AS "updatedAt"
    FROM users u LEFT JOIN user_committees uc ON uc.user_id = u.id`;

// Verifying against a real hash when the email is unknown keeps the response time the
// same, so timing does not tell which emails have accounts.
let dummyHash: Promise<string> | undefined;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  list(): Promise<UserDetailDto[]> {
    return this.dataSource.query(`${SELECT_USER} GROUP BY u.id ORDER BY lower(u.email), u.id`);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserDetailDto> {
    const rows = /^[0-9a-f-]{36}$/i.test(id) ? await manager.query(`${SELECT_USER} WHERE u.id = $1 GROUP BY u.id`, [id]) : [];
    if (rows.length === 0) throw new NotFoundException('Brugeren findes ikke');
    return rows[0];
  }

  count(): Promise<number> {
    return this.dataSource.query(`SELECT count(*)::int AS n FROM users`).then((r) => r[0].n);
  }

  async create(dto: CreateUserDto, actor: string): Promise<UserDetailDto> {
    const codes = dto.committeeCodes ?? [];
    checkRoleCommittees(dto.role, codes);
    const hash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (m) => {
      await checkCommitteesExist(m, codes);
      const taken = await m.query(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [dto.email]);
      if (taken.length) throw new ConflictException(`Der findes allerede en bruger med e-mail ${dto.email}`);
      const [{ id }] = await m.query(
        `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
        [dto.email, dto.name, dto.role, hash],
      );
      await setCommittees(m, id, codes);
      const created = await this.get(id, m);
      await this.audit.record(m, { actor, action: 'create', entityType: 'user', entityId: id, before: null, after: created });
      return created;
    });
  }

  async update(id: string, dto: UpdateUserDto, actor: string): Promise<UserDetailDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.get(id, m);
      const role = dto.role ?? before.role;
      const codes = dto.committeeCodes ?? before.committeeCodes;
      checkRoleCommittees(role, codes);
      await checkCommitteesExist(m, codes);
      const changes = definedOnly({ name: dto.name, role: dto.role, active: dto.active });
      await updateVersioned(m, 'users', 'id', id, dto.version, changes, 'Brugeren');
      if (dto.committeeCodes !== undefined) await setCommittees(m, id, codes);
      // A changed role or a deactivation must take effect now, not at the next login.
      if (dto.active === false || (dto.role !== undefined && dto.role !== before.role)) {
        await this.sessions.revokeAll(id, m);
      }
      const after = await this.get(id, m);
      await this.audit.record(m, { actor, action: 'update', entityType: 'user', entityId: id, before, after });
      return after;
    });
  }

  async setPassword(id: string, password: string, actor: string, action: string): Promise<void> {
    const hash = await hashPassword(password);
    await this.dataSource.transaction(async (m) => {
      const user = await this.get(id, m);
      await m.query(`UPDATE users SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1`, [id, hash]);
      await this.sessions.revokeAll(id, m);
      await this.audit.record(m, { actor, action, entityType: 'user', entityId: id, before: null, after: { email: user.email } });
    });
  }

  /** The user for valid credentials; records the attempt either way. */
  async authenticate(email: string, password: string): Promise<AuthUser> {
    const rows = await this.dataSource.query(
      `SELECT id, password_hash AS hash, active FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    const row = rows[0];
    dummyHash ??= hashPassword('budgetspor-dummy-password');
    const ok = await verifyPassword(row?.hash ?? (await dummyHash), password);
    if (!row || !ok || !row.active) {
      await this.audit.record(this.dataSource.manager, {
        actor: email.slice(0, 254),
        action: 'login_failed',
        entityType: 'user',
        entityId: row?.id ?? email.slice(0, 254),
        before: null,
        after: null,
      });
      throw new UnauthorizedException('Forkert e-mail eller adgangskode');
    }
    const user = await this.get(row.id);
    await this.audit.record(this.dataSource.manager, {
      actor: user.email, action: 'login', entityType: 'user', entityId: user.id, before: null, after: null,
    });
    return { id: user.id, email: user.email, name: user.name, role: user.role, committeeCodes: user.committeeCodes };
  }

  async verifyOwnPassword(id: string, password: string): Promise<boolean> {
    const [row] = await this.dataSource.query(`SELECT password_hash AS hash FROM users WHERE id = $1`, [id]);
    return row ? verifyPassword(row.hash, password) : false;
  }

  /** For start-up: the first admin, audited as the system. */
  createInitialAdmin(email: string, password: string): Promise<UserDetailDto> {
    return this.create({ email, password, name: 'Administrator', role: 'admin', committeeCodes: [] }, SYSTEM_ACTOR);
  }
}

function checkRoleCommittees(role: Role, codes: string[]): void {
  if (role === 'committee' && codes.length === 0) {
    throw new BadRequestException(['committeeCodes: en bruger med rollen committee skal have mindst ét udvalg']);
  }
}

async function checkCommitteesExist(m: EntityManager, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  const found: { code: string }[] = await m.query(`SELECT code FROM committees WHERE code = ANY($1)`, [codes]);
  const missing = codes.filter((c) => !found.some((f) => f.code === c));
  if (missing.length) throw new BadRequestException([`committeeCodes: udvalget findes ikke: ${missing.join(', ')}`]);
}

async function setCommittees(m: EntityManager, userId: string, codes: string[]): Promise<void> {
  await m.query(`DELETE FROM user_committees WHERE user_id = $1`, [userId]);
  if (codes.length) {
    await m.query(
      `INSERT INTO user_committees (user_id, committee_code) SELECT $1, unnest($2::text[])`,
      [userId, codes],
    );
  }
}
