import { dateError, formatDecidedOn, parsePoolAmount, parseWeightInput, signedKroner } from './framework-input';

describe('parsePoolAmount', () => {
  it.each([
    ['125800000', '125800000'],
    ['125.800.000', '125800000'],
    ['125 800 000', '125800000'],
    ['125\u00a0800\u00a0000 kr.', '125800000'],
    ['125.800.000 kr', '125800000'],
    ['125800000,00', '125800000'],
    ['125,8 mio.', '125800000'],
    ['125,8 mio. kr.', '125800000'],
    ['125,8 Mio', '125800000'],
    ['264,4mio.kr.', '264400000'],
    ['1.250,5 mio.', '1250500000'],
    ['0,000001 mio.', '1'],
    ['1,2345670 mio.', '1234567'],
    ['  42  ', '42'],
    ['0', '0'],
    ['0 mio.', '0'],
    ['007', '7'],
  ])('reads %j as %s kr.', (input, kroner) => {
    expect(parsePoolAmount(input)).toEqual({ ok: true, kroner });
  });

  it.each([
    ['', 'Skriv puljen, fx 125,8 mio. eller 125800000.'],
    ['   ', 'Skriv puljen, fx 125,8 mio. eller 125800000.'],
    ['-5', 'Puljen kan ikke være negativ.'],
    ['−5 mio.', 'Puljen kan ikke være negativ.'],
    ['1250,50', 'Puljen skal være et helt antal kroner, uden øre.'],
    ['125,8', 'Puljen skal være et helt antal kroner, uden øre.'],
    ['1,2345678 mio.', 'Puljen skal være et helt antal kroner: højst 6 decimaler i mio. kr.'],
    ['1234567890123456', 'Beløbet er for stort; højst 15 cifre før decimaltegnet.'],
  ])('refuses %j: %s', (input, error) => {
    expect(parsePoolAmount(input)).toEqual({ ok: false, error });
  });

  it.each(['125.8 mio.', '125.8', '1.2345', '12.5 mio. kr.'])('tells that the decimal sign is a comma for %j', (input) => {
    const parsed = parsePoolAmount(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/^Brug komma som decimaltegn og punktum til tusinder\. Skriv hele kroner/);
  });

  it.each(['abc', '12 mia.', '1.25.000', '12.34.567', '12,5,3', 'mio.', '1e6', '0x10'])('refuses %j with the examples', (input) => {
    expect(parsePoolAmount(input)).toEqual({
      ok: false,
      error: expect.stringContaining('Skriv hele kroner, fx 125800000 eller 125.800.000, eller mio. kr., fx 125,8 mio.'),
    });
  });
});

describe('parseWeightInput', () => {
  it.each(['', '  ', '0', '0,0', '0.000000', '000'])('reads %j as no weight', (input) => {
    expect(parseWeightInput(input)).toEqual({ kind: 'none' });
  });

  it.each([
    ['1', '1'],
    ['2', '2'],
    ['0,5', '0.5'],
    ['0.5', '0.5'],
    ['1,500000', '1.5'],
    ['0,333333', '0.333333'],
    ['01', '1'],
  ])('reads %j as the canonical weight %s', (input, weight) => {
    expect(parseWeightInput(input)).toEqual({ kind: 'weight', weight });
  });

  it.each([
    ['-1', 'Vægten skal være større end 0.'],
    ['0,3333333', 'Vægten må højst have 6 decimaler.'],
    ['1/3', 'Skriv vægten som et positivt tal, fx 1 eller 0,5.'],
    ['1.000,5', 'Skriv vægten som et positivt tal, fx 1 eller 0,5.'],
    ['1234567890123456', 'Vægten er for stor.'],
  ])('refuses %j: %s', (input, error) => {
    expect(parseWeightInput(input)).toEqual({ kind: 'error', error });
  });
});

describe('dateError', () => {
  it.each(['2013-02-06', '2012-02-29', ' 2014-12-31 '])('accepts %j', (input) => {
    expect(dateError(input)).toBeNull();
  });

  it('asks for a date when there is none', () => {
    expect(dateError('')).toBe('Vælg datoen for beslutningen.');
  });

  it.each(['2013-02-30', '2013-13-01', '2013-2-6', '06-02-2013', '6. februar 2013'])('refuses %j', (input) => {
    expect(dateError(input)).toBe('Skriv datoen som ÅÅÅÅ-MM-DD, fx 2013-02-06.');
  });
});

describe('formatting', () => {
  it('writes a decision date the Danish way', () => {
    expect(formatDecidedOn('2012-02-08')).toBe('8. februar 2012');
  });

  it('signs differences in kroner', () => {
    expect(signedKroner(25_800_000n)).toBe('+25.800.000 kr.');
    expect(signedKroner(-300n)).toBe('-300 kr.');
    expect(signedKroner(0n)).toBe('0 kr.');
  });
});
