import { applyDecorators } from '@nestjs/common';
import { IsInt, IsString, Length, Matches, Max, Min, ValidateBy, ValidateIf, ValidationOptions, buildMessage } from 'class-validator';
import { isKronerString, parseWeight, ParseKronerOptions } from '@budgetspor/shared/money';

/** Codes: 1–16 letters of any alphabet and case (Æ Ø Å too), digits, `-`, `_`. */
export const CODE_PATTERN = /^[\p{L}\p{Nd}_-]{1,16}$/u;

export function IsCode(options?: ValidationOptions): PropertyDecorator {
  return Matches(CODE_PATTERN, {
    message: 'skal være 1–16 tegn: bogstaver, cifre, - eller _',
    ...options,
  });
}

/** Money as a decimal string of kroner: "26000000", "1250.50". A JSON number is refused. */
export function IsKroner(opts: ParseKronerOptions = {}, options?: ValidationOptions): PropertyDecorator {
  const what = opts.wholeKroner ? 'et helt antal kroner' : 'et beløb i kroner med højst 2 decimaler';
  return ValidateBy(
    {
      name: 'isKroner',
      validator: {
        validate: (value) => isKronerString(value, opts),
        defaultMessage: buildMessage(
          () => `skal være ${what} som tekst, fx "${opts.wholeKroner ? '26000000' : '1250.50'}"${opts.allowNegative ? '' : ' (ikke negativt)'}`,
        ),
      },
    },
    options,
  );
}

/** Weights: positive decimal strings with at most 6 decimals: "1", "0.333333". */
export function IsWeight(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isWeight',
      validator: {
        validate: (value) => {
          try {
            return parseWeight(value) > 0n;
          } catch {
            return false;
          }
        },
        defaultMessage: buildMessage(() => 'skal være et positivt decimaltal som tekst med højst 6 decimaler, fx "1" eller "0.5"'),
      },
    },
    options,
  );
}

/** The largest PostgreSQL `integer`; a larger JSON integer would fail in SQL, not in validation. */
export const MAX_INT4 = 2_147_483_647;

/** One rule and one message: a missing, textual or huge version is the same mistake. */
export function IsVersion(): PropertyDecorator {
  return ValidateBy({
    name: 'isVersion',
    validator: {
      validate: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_INT4,
      defaultMessage: buildMessage(() => 'skal være den version, du læste (et heltal fra 1)'),
    },
  });
}

/**
 * May be left out, but not sent as `null`: unlike `@IsOptional()`, a null is still
 * validated, so it is a 400 naming the field rather than a NOT NULL violation in SQL.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_, value) => value !== undefined);
}

/** Years as plain integers in a range a municipality's budget can have. */
export function IsYear(): PropertyDecorator {
  return applyDecorators(
    IsInt({ message: 'skal være et årstal (heltal)' }),
    Min(1900, { message: 'skal være et årstal fra 1900' }),
    Max(2200, { message: 'skal være et årstal til og med 2200' }),
  );
}

/** PostgreSQL text cannot hold U+0000; refusing it here keeps it a 400 instead of a 500. */
export const NoNul = (): PropertyDecorator =>
  ValidateBy({
    name: 'noNul',
    validator: {
      validate: (value) => typeof value !== 'string' || !value.includes('\u0000'),
      defaultMessage: () => 'må ikke indeholde tegnet \\u0000',
    },
  });

/** Free text of 1–200 characters, as the schema's CHECKs allow. */
export function IsShortText(): PropertyDecorator {
  return applyDecorators(IsString(), Length(1, 200, { message: 'skal være 1–200 tegn' }), NoNul());
}
