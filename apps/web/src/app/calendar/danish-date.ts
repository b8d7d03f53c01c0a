/**
 * Calendar dates as the API writes them ("2013-02-06"), read without `Date` parsing so that
 * no time zone can move a day: a milestone on 6 February is on 6 February everywhere.
 */

export const MONTH_NAMES = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** Days per month in a year without 29 February: the year wheel is drawn on 365 days. */
export const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** [year, month 1–12, day], or null for anything that is not a real date. */
export function dateParts(date: string): [number, number, number] | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const inMonth = month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
  if (month < 1 || month > 12 || day < 1 || day > (inMonth ?? 0)) return null;
  return [year, month, day];
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * "6. februar 2013", as Danish text writes a date, whatever the page's language; the text itself
 * when it is no date. Pages show dates with `formatDate` (core/format), in their language.
 */
export function danishDate(date: string): string {
  const parts = dateParts(date);
  if (!parts) return date;
  const [year, month, day] = parts;
  return `${day}. ${MONTH_NAMES[month - 1]} ${year}`;
}

/**
 * The day of the wheel's 365-day year, 0 for 1 January and 364 for 31 December, whatever the
 * year: an årshjul repeats every year. 29 February shares 28 February's place.
 */
export function wheelDay(date: string): number {
  const parts = dateParts(date);
  if (!parts) return 0;
  const [, month, day] = parts;
  let before = 0;
  for (let m = 0; m < month - 1; m++) before += MONTH_DAYS[m];
  return before + Math.min(day, MONTH_DAYS[month - 1]) - 1;
}

/** Today in Copenhagen as YYYY-MM-DD: the municipality's day, as the API counts "overdue". */
export function todayInCopenhagen(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}
