export function serverOrganisation(): string {
  return 'server-organisation';
}
