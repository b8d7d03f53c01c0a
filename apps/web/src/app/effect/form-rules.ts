import { FormGroup, ValidatorFn } from '@angular/forms';
import { isYear } from '../tracks/share-math';
import { parseDecimalInput } from './decimal-text';

export { isYear };

/** Field → its first problem, in the page's language; a field that is fine is absent. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** Characters as the API counts them (code points, as PostgreSQL's char_length). */
export function tooLong(text: string, max: number): boolean {
  return [...text].length > max;
}

export function blank(text: string): boolean {
  return text.trim() === '';
}

/** millionths of a typed decimal, for comparing two values exactly; null when it is not one. */
export function millionths(text: string): bigint | null {
  const parsed = parseDecimalInput(text);
  if (!parsed.ok || parsed.value === null) return null;
  const [, sign, int, frac = ''] = /^(-?)(\d+)(?:\.(\d+))?$/.exec(parsed.value) as RegExpExecArray;
  const magnitude = BigInt(int) * 1_000_000n + BigInt(frac.padEnd(6, '0'));
  return sign ? -magnitude : magnitude;
}

/**
 * A form's rules as one pure function of its whole value (the fields depend on each other:
 * a qualitative indicator has no unit; a committee goal needs a committee). The group is
 * invalid while the function names any field; the page shows each message under its field.
 */
export function rulesValidator<V, F extends string>(errors: (value: V) => FieldErrors<F>): ValidatorFn {
  return (control) => (Object.keys(errors((control as FormGroup).getRawValue() as V)).length ? { rules: true } : null);
}

/** Empty text is null in the API; other text is sent trimmed. */
export function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}
