/**
 * Calendar dates as the API and PostgreSQL's `date` write them: "2014-06-30". Pure; every
 * computation is in UTC, so no server time zone or daylight saving shifts a day.
 */

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

const DAY_MS = 86_400_000;

function parts(date: string): [year: number, month: number, day: number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new TypeError(`Forventede en dato ÅÅÅÅ-MM-DD, fik ${JSON.stringify(date)}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function toUtc(date: string): number {
  const [year, month, day] = parts(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The same day `years` later (or earlier): last year's calendar for this year. 29 February
 * becomes 28 February in a year without it, rather than rolling over into March.
 */
export function shiftYears(date: string, years: number): string {
  const [year, month, day] = parts(date);
  const target = year + years;
  const shiftedDay = month === 2 && day === 29 && !isLeapYear(target) ? 28 : day;
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(shiftedDay).padStart(2, '0')}`;
}

/** Whole days from `from` to `to`: negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** "30. juni 2014", as Danish text writes a date. */
export function danishDate(date: string): string {
  const [year, month, day] = parts(date);
  return `${day}. ${MONTHS[month - 1]} ${year}`;
}

/** The date as a Date at UTC midnight, the form the iCalendar writer turns into an all-day date. */
export function utcMidnight(date: string): Date {
  return new Date(toUtc(date));
}
