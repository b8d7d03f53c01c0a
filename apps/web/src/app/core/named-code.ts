/** A code with its display name, as the API lists tracks, committees and administrations. */
export interface NamedCode {
  readonly code: string;
  readonly name: string;
}
