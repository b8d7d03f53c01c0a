/**
 * Every rejection in this library is a MoneyError so callers (NestJS pipes,
 * Angular validators) can map `code` to their own handling and show `message`
 * to Danish-speaking users directly.
 */
export type MoneyErrorCode =
  | 'not_a_string'
  | 'format'
  | 'too_many_decimals'
  | 'negative'
  | 'fractional'
  | 'too_large'
  | 'not_positive'
  | 'invalid_total'
  | 'no_parts'
  | 'duplicate_key';

export class MoneyError extends Error {
  override readonly name = 'MoneyError';

  constructor(
    readonly code: MoneyErrorCode,
    message: string,
  ) {
    super(message);
    // Keeps `instanceof` working even if a consumer down-levels to ES5.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
