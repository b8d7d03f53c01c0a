import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import { decimalForInput, parseDecimalInput } from './decimal-text';
import { PriceIndex, PriceIndexInput } from './effect.models';
import { FieldErrors, isYear, millionths, textOrNull, tooLong } from './form-rules';

export type PriceIndexForm = FormGroup<{
  /** As typed, "2019"; fixed (disabled) while a year's index is edited. */
  year: FormControl<string>;
  /** As typed in the page's language, "103,2"; converted once on save. */
  index: FormControl<string>;
  source: FormControl<string>;
  illustrative: FormControl<boolean>;
}>;

export type PriceIndexFormValue = ReturnType<PriceIndexForm['getRawValue']>;
export type PriceIndexField = keyof PriceIndexFormValue;

const FIELDS: readonly PriceIndexField[] = ['year', 'index', 'source', 'illustrative'];

/**
 * What is wrong with a year's index as typed: the API's rules (a year 1900–2200, a positive
 * decimal with at most 6 decimals, a source of at most 1000 characters), said before the
 * request. `takenYears` are the years that have an index already, when a new year is added.
 */
export function priceIndexErrors(v: PriceIndexFormValue, takenYears: readonly number[]): FieldErrors<PriceIndexField> {
  const errors: FieldErrors<PriceIndexField> = {};
  if (!isYear(v.year)) errors.year = $localize`:@@effect.priceIndex.yearRequired:Skriv året som et årstal mellem 1900 og 2200, fx 2019.`;
  else if (takenYears.includes(Number(v.year.trim()))) {
    errors.year = $localize`:@@effect.priceIndex.yearTaken:${v.year.trim()}:year: har allerede et indeks. Ret det med knappen ved året i tabellen.`;
  }
  const parsed = parseDecimalInput(v.index);
  if (!parsed.ok) errors.index = parsed.error;
  else if (parsed.value === null) errors.index = $localize`:@@effect.priceIndex.indexRequired:Skriv indekset, fx 103,2.`;
  else if ((millionths(v.index) ?? 0n) <= 0n) errors.index = $localize`:@@effect.priceIndex.indexPositive:Indekset skal være større end 0.`;
  if (tooLong(v.source.trim(), 1000)) errors.source = $localize`:@@effect.priceIndex.sourceTooLong:Kilden må højst være 1000 tegn.`;
  return errors;
}

export function createPriceIndexForm(fb: NonNullableFormBuilder): PriceIndexForm {
  return fb.group({
    year: fb.control(''),
    index: fb.control(''),
    source: fb.control(''),
    illustrative: fb.control(false),
  });
}

/** A year's saved index in the form, or an empty form for a new `year`; the form then counts as unchanged. */
export function fillPriceIndexForm(form: PriceIndexForm, year: number, value: PriceIndex | null): void {
  form.setValue({
    year: String(year),
    index: decimalForInput(value?.index ?? null),
    source: value?.source ?? '',
    illustrative: value?.illustrative ?? false,
  });
  form.markAsPristine();
  form.markAsUntouched();
}

/** The PUT body of a valid form, with the version read when it replaces a year's index. */
export function priceIndexInputOf(v: PriceIndexFormValue, version: number | null): PriceIndexInput {
  const parsed = parseDecimalInput(v.index);
  const body: PriceIndexInput = { index: parsed.ok && parsed.value !== null ? parsed.value : '', source: textOrNull(v.source), illustrative: v.illustrative };
  return version === null ? body : { ...body, version };
}

/**
 * The API's 400 names each field ("index: skal være større end 0", "year: skal være et årstal
 * fra 1900 til 2200"): each such message goes to its field, as the server wrote it (server
 * messages stay Danish). Says how many went to a field, and the messages no field took.
 */
export function applyServerErrors(form: PriceIndexForm, error: unknown): { placed: number; rest: string[] } {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400 || typeof error.error !== 'object' || error.error === null) return { placed: 0, rest: [] };
  const message: unknown = (error.error as Record<string, unknown>)['message'];
  const rest: string[] = [];
  let placed = 0;
  for (const line of Array.isArray(message) ? message : [message]) {
    if (typeof line !== 'string') continue;
    const match = /^(\w+): (.+)$/.exec(line.trim());
    const field = match ? FIELDS.find((f) => f === match[1]) : undefined;
    if (field && match) {
      const text = match[2].trim();
      form.controls[field].setErrors({ server: /[.!?]$/.test(text) ? capitalise(text) : `${capitalise(text)}.` });
      form.controls[field].markAsTouched();
      placed++;
    } else {
      rest.push(line);
    }
  }
  return { placed, rest };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
