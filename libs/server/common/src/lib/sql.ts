/**
 * A timestamptz column as the API's timestamp text, `2026-11-27T18:12:43.798Z`: UTC with
 * milliseconds, the same in responses and in audit rows. `column` is code, never input.
 */
export function isoUtc(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
