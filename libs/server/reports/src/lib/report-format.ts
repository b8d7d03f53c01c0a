import { formatKroner, formatMio, groupThousands } from '@budgetspor/shared/money';

/**
 * Danish text for the printed reports. Amounts go through the same formatter as the web app
 * (`1.234.567`, `-1.250,50`, `125,8 mio. kr.`), so a printed figure can be found on screen.
 */

/** A table cell: the exact amount without unit (the column header says "kr."); "–" when not entered. */
export function amountCell(value: string | bigint | null): string {
  return value === null ? '–' : formatKroner(value, { unit: false });
}

/** Key figures and chart scales: "125,8 mio. kr.". */
export function mioText(value: string | bigint): string {
  return formatMio(value);
}

/**
 * The API's rate ("0.8750", 4 decimals) as "87,5 %", rounded half away from zero to one
 * decimal as the dashboard shows it; "–" when nothing is expected.
 */
export function rateText(rate: string | null): string {
  if (rate === null) return '–';
  const match = /^(-?)(\d+)\.(\d{4})$/.exec(rate);
  if (!match) return '–';
  const units = BigInt(match[2]) * 10_000n + BigInt(match[3]); // hundredths of a percent
  const tenths = (units * 2n + 10n) / 20n;
  const body = `${groupThousands((tenths / 10n).toString())},${tenths % 10n}`;
  return `${match[1] && tenths !== 0n ? '-' : ''}${body} %`;
}

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** A calendar date of the API ("2013-02-06") as "6. februar 2013"; read as text, so no time zone can move it. */
export function dateText(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return `${Number(match[3])}. ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/**
 * A moment as Danish readers of a municipal paper expect it: "27. november 2026 kl. 18.30",
 * in Danish time whatever the server's zone is (a container often runs in UTC).
 */
export function timeText(moment: Date | string): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) return '';
  const zone = 'Europe/Copenhagen';
  const day = new Intl.DateTimeFormat('da-DK', { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  const time = new Intl.DateTimeFormat('da-DK', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(date);
  return `${day} kl. ${time}`;
}

/** The committee's own judgement of a cell, in the words of the savings page. */
export const STATUS_LABELS: Readonly<Record<string, string>> = {
  on_track: 'På sporet',
  at_risk: 'I risiko',
  off_track: 'Ikke på sporet',
  realised: 'Realiseret',
};

export const METHOD_LABELS: Readonly<Record<string, string>> = {
  top_down: 'top-down efter sporenes vægte',
  bids: 'efter udvalgenes bud',
};
