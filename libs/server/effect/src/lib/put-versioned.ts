import { ConflictException } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface VersionedPut {
  table: string;
  /** Key columns and their values, e.g. `{ indicator_id: id, year: 2018 }`. */
  key: Record<string, unknown>;
  /** The whole resource's columns: a PUT replaces everything but the key. */
  columns: Record<string, unknown>;
  /** The version the client read; omitted when it creates the resource. */
  version: number | undefined;
  /** "Værdien for 2018", for messages. */
  what: string;
}

/**
 * Create-or-replace with optimistic locking, as PUT: without `version` it creates (409 when
 * the resource exists already: someone else was first); with one it replaces exactly that
 * version (409 when stale, or when there is nothing to replace). The row lock makes the
 * check and the write one step; `ON CONFLICT DO NOTHING` lets only one of two creators win.
 * Table and column names are code constants, never input. Returns whether it created.
 */
export async function putVersioned(m: EntityManager, put: VersionedPut): Promise<boolean> {
  const keys = Object.keys(put.key);
  const where = keys.map((k, i) => `${k} = $${i + 1}`).join(' AND ');
  const keyValues = Object.values(put.key);
  const [row]: { version: number }[] = await m.query(`SELECT version FROM ${put.table} WHERE ${where} FOR UPDATE`, keyValues);
  const columns = Object.keys(put.columns);
  const values = [...keyValues, ...Object.values(put.columns)];
  if (!row) {
    if (put.version !== undefined) {
      throw new ConflictException(`${put.what} findes ikke; udelad version for at oprette den`);
    }
    const all = [...keys, ...columns];
    const inserted = await m.query(
      `INSERT INTO ${put.table} (${all.join(', ')}) VALUES (${all.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT DO NOTHING RETURNING 1`,
      values,
    );
    if (inserted.length === 0) throw new ConflictException(`${put.what} blev oprettet af en anden i samme øjeblik. Hent den, og prøv igen.`);
    return true;
  }
  if (put.version === undefined) {
    throw new ConflictException(`${put.what} findes allerede; send den version, du læste (nu ${row.version})`);
  }
  if (put.version !== row.version) {
    throw new ConflictException(
      `${put.what} er blevet ændret af en anden, siden du hentede version ${put.version}. Hent den nyeste version, og prøv igen.`,
    );
  }
  const sets = columns.map((c, i) => `${c} = $${keys.length + i + 1}`);
  await m.query(`UPDATE ${put.table} SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE ${where}`, values);
  return false;
}
