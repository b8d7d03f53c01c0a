import { Client } from 'pg';

/**
 * EXPLAIN (ANALYZE, BUFFERS) of `sql` with `params` bound, as the API sends it (an unnamed
 * prepared statement, planned for these values), after one untimed run so the table's
 * pages are in memory.
 */
export async function explainAnalyze(url: string, sql: string, params: unknown[]): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`EXPLAIN (ANALYZE) ${sql}`, params);
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    return rows.map((r: Record<string, string>) => r['QUERY PLAN']);
  } finally {
    await client.end();
  }
}

/** The median execution time PostgreSQL reports for `sql` over `runs` runs (EXPLAIN ANALYZE, TIMING OFF), after one untimed. */
export async function medianExecutionMs(url: string, sql: string, params: unknown[], runs = 9): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const once = async () => {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${sql}`, params);
      return Number(rows[0]['QUERY PLAN'][0]['Execution Time']);
    };
    await once();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await once());
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
  } finally {
    await client.end();
  }
}

/** A note with a plan as a code block inside the results file's list item. */
export function planNote(title: string, plan: string[]): string {
  return `${title}\n\n  \`\`\`\n${plan.map((line) => `  ${line}`).join('\n')}\n  \`\`\``;
}
