import {
  DECIMAL_DECIMALS_ERROR,
  DECIMAL_FORMAT_ERROR,
  DECIMAL_TOO_LARGE_ERROR,
  decimalForInput,
  formatDecimal,
  formatPercent,
  parseDecimalInput,
  withUnit,
} from './decimal-text';

describe('parseDecimalInput', () => {
  it.each([
    ['71,2', '71.2'],
    [' 71,20 ', '71.2'],
    ['6.200', '6200'],
    ['6 200', '6200'],
    ['1.234.567,125', '1234567.125'],
    ['71.2', '71.2'],
    ['0.125', '0.125'],
    ['-0,5', '-0.5'],
    ['\u22123', '-3'],
    ['-0', '0'],
    ['007', '7'],
    ['0,000001', '0.000001'],
  ])('reads %p as %p', (text, value) => {
    expect(parseDecimalInput(text)).toEqual({ ok: true, value });
  });

  it('reads an empty field as no value', () => {
    expect(parseDecimalInput('  ')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['71,2,3', DECIMAL_FORMAT_ERROR],
    ['12.34.5', DECIMAL_FORMAT_ERROR],
    ['6.200.5', DECIMAL_FORMAT_ERROR],
    ['72 %', DECIMAL_FORMAT_ERROR],
    ['1e3', DECIMAL_FORMAT_ERROR],
    ['en halv', DECIMAL_FORMAT_ERROR],
    ['0,1234567', DECIMAL_DECIMALS_ERROR],
    ['1234567890123456', DECIMAL_TOO_LARGE_ERROR],
  ])('refuses %p in Danish', (text, error) => {
    expect(parseDecimalInput(text)).toEqual({ ok: false, error });
  });
});

describe('decimal display', () => {
  it('groups thousands and writes a decimal comma', () => {
    expect(formatDecimal('6200.5')).toBe('6.200,5');
    expect(formatDecimal('-12.4')).toBe('-12,4');
    expect(formatDecimal(null)).toBe('–');
  });

  it('puts the value in a field without grouping', () => {
    expect(decimalForInput('6200.5')).toBe('6200,5');
    expect(decimalForInput(null)).toBe('');
  });

  it('writes percentages and units the Danish way', () => {
    expect(formatPercent('30.0')).toBe('30,0 %');
    expect(formatPercent('-4.0')).toBe('-4,0 %');
    expect(formatPercent(null)).toBe('–');
    expect(withUnit('71.2', 'pct.')).toBe('71,2 pct.');
    expect(withUnit('6200', null)).toBe('6.200');
    expect(withUnit(null, 'pct.')).toBe('–');
  });
});

describe('decimals in English', () => {
  it.each([
    ['71.2', '71.2'],
    ['6,200', '6200'],
    ['1,234,567.125', '1234567.125'],
    ['6 200', '6200'],
    ['71,2', '71.2'],
    ['-0.5', '-0.5'],
  ])('reads %p as %p', (text, value) => {
    expect(parseDecimalInput(text, 'en')).toEqual({ ok: true, value });
  });

  it.each(['71.2.3', '6,200,5', '1,234.5.6'])('refuses %p', (text) => {
    expect(parseDecimalInput(text, 'en').ok).toBe(false);
  });

  it('writes a decimal point, commas between thousands and the percent sign after the number', () => {
    expect(formatDecimal('6200.5', 'en')).toBe('6,200.5');
    expect(decimalForInput('6200.5', 'en')).toBe('6200.5');
    expect(formatPercent('30.0', 'en')).toBe('30.0%');
    expect(withUnit('71.2', 'pct.', 'en')).toBe('71.2 pct.');
  });
});
