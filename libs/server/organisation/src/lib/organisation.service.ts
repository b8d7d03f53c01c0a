import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { definedOnly, updateVersioned } from '@budgetspor/server/common';
import {
  AdministrationDto,
  CommitteeDto,
  CreateAdministrationDto,
  CreateCommitteeDto,
  UpdateAdministrationDto,
  UpdateCommitteeDto,
} from './organisation.dto';

const ADMINISTRATIONS = `SELECT code, name, version FROM administrations`;
const COMMITTEES = `SELECT code, name, administration_code AS "administrationCode", version FROM committees`;

/** Administrations (forvaltninger) and the committees (udvalg) they serve. */
@Injectable()
export class OrganisationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  listAdministrations(): Promise<AdministrationDto[]> {
    return this.dataSource.query(`${ADMINISTRATIONS} ORDER BY code COLLATE "C"`);
  }

  getAdministration(code: string, m: EntityManager = this.dataSource.manager): Promise<AdministrationDto> {
    return one(m, `${ADMINISTRATIONS} WHERE code = $1`, code, `Forvaltningen ${code} findes ikke`);
  }

  createAdministration(dto: CreateAdministrationDto, actor: string): Promise<AdministrationDto> {
    return this.dataSource.transaction(async (m) => {
      await insertOnce(m, 'administrations', dto.code, `Forvaltningen ${dto.code} findes allerede`,
        `INSERT INTO administrations (code, name) VALUES ($1, $2)`, [dto.code, dto.name]);
      const after = await this.getAdministration(dto.code, m);
      await this.audit.record(m, { actor, action: 'create', entityType: 'administration', entityId: dto.code, before: null, after });
      return after;
    });
  }

  updateAdministration(code: string, dto: UpdateAdministrationDto, actor: string): Promise<AdministrationDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.getAdministration(code, m);
      await updateVersioned(m, 'administrations', 'code', code, dto.version, definedOnly({ name: dto.name }), 'Forvaltningen');
      const after = await this.getAdministration(code, m);
      await this.audit.record(m, { actor, action: 'update', entityType: 'administration', entityId: code, before, after });
      return after;
    });
  }

  listCommittees(): Promise<CommitteeDto[]> {
    return this.dataSource.query(`${COMMITTEES} ORDER BY code COLLATE "C"`);
  }

  getCommittee(code: string, m: EntityManager = this.dataSource.manager): Promise<CommitteeDto> {
    return one(m, `${COMMITTEES} WHERE code = $1`, code, `Udvalget ${code} findes ikke`);
  }

  createCommittee(dto: CreateCommitteeDto, actor: string): Promise<CommitteeDto> {
    return this.dataSource.transaction(async (m) => {
      await this.requireAdministration(m, dto.administrationCode);
      await insertOnce(m, 'committees', dto.code, `Udvalget ${dto.code} findes allerede`,
        `INSERT INTO committees (code, name, administration_code) VALUES ($1, $2, $3)`,
        [dto.code, dto.name, dto.administrationCode]);
      const after = await this.getCommittee(dto.code, m);
      await this.audit.record(m, { actor, action: 'create', entityType: 'committee', entityId: dto.code, before: null, after });
      return after;
    });
  }

  updateCommittee(code: string, dto: UpdateCommitteeDto, actor: string): Promise<CommitteeDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.getCommittee(code, m);
      if (dto.administrationCode !== undefined) await this.requireAdministration(m, dto.administrationCode);
      await updateVersioned(m, 'committees', 'code', code, dto.version,
        definedOnly({ name: dto.name, administration_code: dto.administrationCode }), 'Udvalget');
      const after = await this.getCommittee(code, m);
      await this.audit.record(m, { actor, action: 'update', entityType: 'committee', entityId: code, before, after });
      return after;
    });
  }

  private async requireAdministration(m: EntityManager, code: string): Promise<void> {
    const rows = await m.query(`SELECT 1 FROM administrations WHERE code = $1`, [code]);
    if (rows.length === 0) throw new BadRequestException([`administrationCode: forvaltningen ${code} findes ikke`]);
  }
}

async function one<T>(m: EntityManager, sql: string, key: string, notFound: string): Promise<T> {
  const rows = await m.query(sql, [key]);
  if (rows.length === 0) throw new NotFoundException(notFound);
  return rows[0];
}

/** Inserts a coded row; a duplicate code is the client's 409, decided by the primary key itself. */
async function insertOnce(m: EntityManager, table: string, code: string, duplicate: string, sql: string, params: unknown[]): Promise<void> {
  const rows = await m.query(`SELECT 1 FROM ${table} WHERE code = $1`, [code]);
  if (rows.length) throw new ConflictException(duplicate);
  try {
    await m.query(sql, params);
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new ConflictException(duplicate);
    throw error;
  }
}
