export function apiTypes(): string {
  return 'api-types';
}
