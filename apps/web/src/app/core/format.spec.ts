import { TestBed } from '@angular/core/testing';
import { Component, ChangeDetectionStrategy } from '@angular/core';
import { formatDate, formatDateTime, formatKroner, formatMio, formatMoney, formatNumber, LocalDatePipe, LocalNumberPipe, MoneyPipe } from './format';

describe('formatting in the language of the page', () => {
  it('is Danish when no language was chosen', () => {
    expect(formatKroner('1234567')).toBe('1.234.567 kr.');
    expect(formatMio('125800000')).toBe('125,8 mio. kr.');
    expect(formatMoney('125800000')).toBe('125,8 mio. kr.');
    expect(formatKroner('1250.5', { unit: false })).toBe('1.250,50');
  });

  it('money in English, with the same options', () => {
    expect(formatKroner('1234567', { language: 'en' })).toBe('DKK 1,234,567');
    expect(formatMio('125800000', { language: 'en' })).toBe('DKK 125.8m');
    expect(formatMoney('999999.99', { language: 'en' })).toBe('DKK 999,999.99');
  });

  it('numbers', () => {
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, {}, 'en')).toBe('1,234,567.5');
    expect(formatNumber(50000n, {}, 'en')).toBe('50,000');
  });

  it('calendar dates, without any time zone moving the day', () => {
    expect(formatDate('2013-02-06')).toBe('6. februar 2013');
    expect(formatDate('2013-02-06', 'en')).toBe('6 February 2013');
    expect(formatDate('2024-12-31', 'en')).toBe('31 December 2024');
    expect(formatDate('2013-02-30')).toBe('2013-02-30');
    expect(formatDate('i morgen')).toBe('i morgen');
  });

  it('moments in the browser time zone', () => {
    const at = new Date(2026, 10, 27, 18, 30, 15).toISOString();
    expect(formatDateTime(at)).toBe('27.11.2026 kl. 18.30.15');
    expect(formatDateTime(at, 'en')).toBe('27/11/2026, 18:30:15');
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('nonsense')).toBe('');
  });

  it('pipes for templates', async () => {
    @Component({
      imports: [MoneyPipe, LocalDatePipe, LocalNumberPipe],
      changeDetection: ChangeDetectionStrategy.OnPush,
      template: `<p>{{ '125800000' | money }} | {{ '1234567' | money: 'kroner' }} | {{ '1234567' | money: 'kroner' : false }} | {{ null | money }} | {{ '2013-02-06' | localDate }} | {{ 50000 | localNumber }}</p>`,
    })
    class Host {}
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toBe('125,8 mio. kr. | 1.234.567 kr. | 1.234.567 |  | 6. februar 2013 | 50.000');
  });
});
