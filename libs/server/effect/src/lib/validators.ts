import { applyDecorators } from '@nestjs/common';
import { IsOptional, IsString, ValidateBy } from 'class-validator';
import { CODE_PATTERN, decimalError, NoNul } from '@budgetspor/server/common';

/** A named check whose Danish message may depend on the value. */
function Rule(name: string, message: (value: unknown) => string | null): PropertyDecorator {
  return ValidateBy({ name, validator: { validate: (value) => message(value) === null, defaultMessage: (args) => message(args?.value) ?? '' } });
}

/** An exact decimal as text ("72.5", "-3", at most 6 decimals); `positive` for indices. */
export const IsDecimal = (opts: { positive?: boolean } = {}): PropertyDecorator => Rule('isDecimal', (v) => decimalError(v, opts));

/**
 * A list of codes, each a valid code and at most once: `committeeCodes`, `trackCodes`.
 * Whether the codes exist is the service's check (it needs the database).
 */
export const IsCodeList = (): PropertyDecorator =>
  Rule('isCodeList', (v) => {
    if (!Array.isArray(v)) return 'skal være en liste af koder, fx ["SAU", "ÆHU"]';
    const bad = v.find((code) => typeof code !== 'string' || !CODE_PATTERN.test(code));
    if (bad !== undefined) return `${JSON.stringify(bad)} er ikke en kode (1–16 tegn: bogstaver, cifre, - eller _)`;
    const repeated = v.find((code, i) => v.indexOf(code) !== i);
    return repeated === undefined ? null : `${repeated} står mere end én gang`;
  });

/** Counted in code points, as PostgreSQL's char_length counts them. */
const MaxCodePoints = (max: number): PropertyDecorator =>
  Rule('maxCodePoints', (v) => (typeof v === 'string' && [...v].length > max ? `må højst være ${max} tegn` : null));

/** Optional free text: omitted or null means none. */
export const IsOptionalText = (max: number): PropertyDecorator =>
  applyDecorators(IsOptional(), IsString(), MaxCodePoints(max), NoNul());

/** Required free text of 1–`max` characters. */
export const IsRequiredText = (max: number): PropertyDecorator =>
  applyDecorators(
    IsString(),
    Rule('textLength', (v) => (typeof v === 'string' && (v.length === 0 || [...v].length > max) ? `skal være 1–${max} tegn` : null)),
    NoNul(),
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** An id in a body (e.g. `parentId`): a uuid from the API. */
export const IsId = (what: string): PropertyDecorator => Rule('isId', (v) => (isUuid(v) ? null : `skal være ${what} (en uuid)`));
