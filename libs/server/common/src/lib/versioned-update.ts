import { ConflictException, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Optimistic locking as one conditional statement, so two writers cannot both win:
 * `UPDATE … SET …, version = version + 1 WHERE key = $1 AND version = $2`.
 * Zero rows means the resource is gone (404) or someone else wrote first (409).
 * `table`, `keyColumn` and the keys of `changes` are code constants, never user input.
 */
export async function updateVersioned(
  manager: EntityManager,
  table: string,
  keyColumn: string,
  key: string,
  version: number,
  changes: Record<string, unknown>,
  what = 'Ressourcen',
): Promise<void> {
  const columns = Object.keys(changes);
  const sets = columns.map((column, i) => `${column} = $${i + 3}`);
  const sql = `UPDATE ${table} SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
                WHERE ${keyColumn} = $1 AND version = $2`;
  const [, affected] = await manager.query(sql, [key, version, ...columns.map((c) => changes[c])]);
  if (affected === 1) return;
  const exists = await manager.query(`SELECT 1 FROM ${table} WHERE ${keyColumn} = $1`, [key]);
  if (exists.length === 0) throw new NotFoundException(`${what} findes ikke`);
  throw new ConflictException(
    `${what} er blevet ændret af en anden, siden du hentede version ${version}. Hent den nyeste version, og prøv igen.`,
  );
}

/** The defined fields only: a PATCH changes what was sent and nothing else. */
export function definedOnly(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}
