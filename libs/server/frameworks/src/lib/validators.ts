import { ValidateBy, ValidationArguments } from 'class-validator';

/** A real calendar date written YYYY-MM-DD (no time, no 30 February), in the years a budget can have. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; years ≥ 1900 avoid Date's 0–99 quirk.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function IsCalendarDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: isCalendarDate,
      defaultMessage: () => 'skal være en gyldig dato på formen ÅÅÅÅ-MM-DD, fx "2012-02-08"',
    },
  });
}

/**
 * Each item of a list at most once by `key` (items whose key cannot be formed are left to
 * their own validators). The message names the first repeated item via `describe`.
 */
export function UniqueBy<T>(key: (item: T) => string | undefined, describe: (item: T) => string): PropertyDecorator {
  const firstRepeat = (items: unknown): T | undefined => {
    if (!Array.isArray(items)) return undefined;
    const seen = new Set<string>();
    for (const item of items) {
      const k = typeof item === 'object' && item !== null ? key(item as T) : undefined;
      if (k === undefined) continue;
      if (seen.has(k)) return item as T;
      seen.add(k);
    }
    return undefined;
  };
  return ValidateBy({
    name: 'uniqueBy',
    validator: {
      validate: (items) => firstRepeat(items) === undefined,
      defaultMessage: (args?: ValidationArguments) => `${describe(firstRepeat(args?.value) as T)} står mere end én gang`,
    },
  });
}

/** A list that must not be empty when a sibling field has a given value. */
export function NotEmptyWhen(field: string, value: string, message: string): PropertyDecorator {
  return ValidateBy({
    name: 'notEmptyWhen',
    validator: {
      validate: (items, args) => (args?.object as Record<string, unknown>)[field] !== value || !Array.isArray(items) || items.length > 0,
      defaultMessage: () => message,
    },
  });
}
