import { Pipe, PipeTransform } from '@angular/core';
import * as money from '@budgetspor/shared/money';
import { Language, LANGUAGE, LOCALE_IDS } from './language';

/**
 * The one place the web app formats money, numbers and dates: in the language of the page
 * (Danish `1.234.567 kr.`, `125,8 mio. kr.`, `6. februar 2013`; English `DKK 1,234,567`,
 * `DKK 125.8m`, `6 February 2013`). The money functions are the shared money library's, with
 * the same names and options, so switching a file over is changing its import. Each function
 * takes the language as an option or last argument only so tests can ask for both.
 */

/** "1.234.567 kr." / "DKK 1,234,567"; `{ unit: false }` for table cells with the unit in the header. */
export function formatKroner(value: money.MoneyInput, opts: money.FormatOptions = {}): string {
  return money.formatKroner(value, { language: LANGUAGE, ...opts });
}

/** "125,8 mio. kr." / "DKK 125.8m". */
export function formatMio(value: money.MoneyInput, opts: money.FormatOptions = {}): string {
  return money.formatMio(value, { language: LANGUAGE, ...opts });
}

/** Kroner below a million, mio. from a million on (or `style: 'kroner' | 'mio'`). */
export function formatMoney(value: money.MoneyInput, opts: money.FormatMoneyOptions = {}): string {
  return money.formatMoney(value, { language: LANGUAGE, ...opts });
}

/** A count or a measure: "1.234,5" / "1,234.5". Intl options for decimals, percent etc. */
export function formatNumber(value: number | bigint, opts: Intl.NumberFormatOptions = {}, language: Language = LANGUAGE): string {
  return new Intl.NumberFormat(LOCALE_IDS[language], opts).format(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date as the API writes it ("2013-02-06"): "6. februar 2013" / "6 February 2013".
 * Read as a UTC date and shown in UTC, so no time zone can move the day. Anything that is not
 * a real date is returned as it is.
 */
export function formatDate(date: string, language: Language = LANGUAGE): string {
  const match = ISO_DATE.exec(date);
  if (!match) return date;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return date;
  return new Intl.DateTimeFormat(LOCALE_IDS[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc);
}

/** A moment (ISO timestamp) in the browser's time zone: "27.11.2026 kl. 18.30.15" / "27/11/2026, 18:30:15"; '' for none. */
export function formatDateTime(iso: string | null | undefined, language: Language = LANGUAGE): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const locale = LOCALE_IDS[language];
  const day = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);
  return language === 'da' ? `${day} kl. ${time}` : `${day}, ${time}`;
}

/** `{{ amount | money }}`, `{{ amount | money: 'kroner' }}`, `{{ amount | money: 'mio' : false }}` (no unit). */
@Pipe({ name: 'money' })
export class MoneyPipe implements PipeTransform {
  transform(value: money.MoneyInput | null | undefined, style: money.MoneyStyle = 'auto', unit = true): string {
    return value === null || value === undefined ? '' : formatMoney(value, { style, unit });
  }
}

/** `{{ count | localNumber }}` → "1.234" / "1,234". */
@Pipe({ name: 'localNumber' })
export class LocalNumberPipe implements PipeTransform {
  transform(value: number | bigint | null | undefined): string {
    return value === null || value === undefined ? '' : formatNumber(value);
  }
}

/** `{{ '2013-02-06' | localDate }}` → "6. februar 2013" / "6 February 2013". */
@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return value ? formatDate(value) : '';
  }
}
