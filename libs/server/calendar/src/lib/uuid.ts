const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checked before PostgreSQL sees an id from a URL: a malformed uuid there is an error, here simply unknown. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
