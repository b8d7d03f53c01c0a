import { Client } from 'pg';
import type { Scale } from './scale';

/**
 * Writes scale data straight into a migrated database with a few set-based statements
 * (unnest), the fast way: one administration, the committees, the tracks with their
 * shares, and an open budget year with no framework yet. Through the API it would take
 * thousands of requests and measure the seeding instead of what we want.
 */
export async function insertScale(url: string, scale: Scale, budgetYear = scale.firstYear): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await insertOrganisation(client, scale);
    await client.query(`INSERT INTO budget_years (year, title, price_level_year) VALUES ($1, $2, $1)`, [budgetYear, `Budget ${budgetYear}`]);
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

/** One administration (BENCH), the committees, and the tracks with their shares, each in one statement. */
export async function insertOrganisation(client: Client, scale: Scale): Promise<void> {
  await client.query(`INSERT INTO administrations (code, name) VALUES ('BENCH', 'Benchmarkforvaltningen')`);
  await client.query(
    `INSERT INTO committees (code, name, administration_code) SELECT c, 'Udvalg ' || c, 'BENCH' FROM unnest($1::text[]) AS c`,
    [scale.committees],
  );
  await client.query(
    `INSERT INTO tracks (code, name, administration_code, start_year) SELECT t, 'Spor ' || t, 'BENCH', $2 FROM unnest($1::text[]) AS t`,
    [scale.tracks.map((t) => t.code), scale.firstYear],
  );
  const shares = scale.tracks.flatMap((t) => t.shares.map((s) => [t.code, s.committeeCode, s.weight]));
  await client.query(
    `INSERT INTO track_shares (track_code, committee_code, weight) SELECT * FROM unnest($1::text[], $2::text[], $3::numeric[])`,
    [shares.map((s) => s[0]), shares.map((s) => s[1]), shares.map((s) => s[2])],
  );
}

/** A valid framework body for the scale data: every track with its weight, the pool moved by `shift` kroner a year. */
export function frameworkBody(scale: Scale, shift = 0) {
  const pool: Record<string, string> = {};
  for (const [year, amount] of Object.entries(scale.pool)) pool[year] = String(BigInt(amount) + BigInt(shift));
  return {
    decidedOn: '2013-02-06',
    decidedBy: 'ØU',
    title: `Rammeudmelding, benchmark ${shift}`,
    allocationMethod: 'top_down',
    pool,
    trackWeights: scale.tracks.map((t) => ({ trackCode: t.code, weight: t.weight })),
  };
}
