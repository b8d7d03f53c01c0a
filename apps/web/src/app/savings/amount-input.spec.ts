import {
  AMOUNT_DECIMALS_ERROR,
  AMOUNT_FORMAT_ERROR,
  AMOUNT_NEGATIVE_ERROR,
  AMOUNT_TOO_LARGE_ERROR,
  amountInputText,
  parseAmountInput,
} from './amount-input';

const value = (text: string) => {
  const result = parseAmountInput(text);
  if (!result.ok) throw new Error(`${text}: ${result.error}`);
  return result.value;
};
const error = (text: string, options?: Parameters<typeof parseAmountInput>[1]) => {
  const result = parseAmountInput(text, options);
  return result.ok ? `accepted as ${result.value}` : result.error;
};

describe('parseAmountInput', () => {
  it.each([
    ['-1.250,50', '-1250.50'],
    ['1250.50', '1250.50'],
    ['1.234.567', '1234567'],
    ['1.234.567,5', '1234567.50'],
    ['1250', '1250'],
    ['1250,5', '1250.50'],
    ['0,05', '0.05'],
    ['-300', '-300'],
    ['-0', '0'],
    ['1.250', '1250'],
    ['12.5', '12.50'],
    ['1 234 567,25', '1234567.25'],
    ['1\u00a0234', '1234'],
    ['\u2212300', '-300'],
    ['  1.250,50 kr. ', '1250.50'],
    ['26000000 kr', '26000000'],
    ['007', '7'],
    ['999999999999999,99', '999999999999999.99'],
  ])('reads %j as %j', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('treats an empty field as "not entered"', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
    expect(value('kr.')).toBeNull();
  });

  it.each(['abc', '1,2,3', '1.25.0', '12.34,5', '1.2345,00', '--5', '+5', '-', ',5', '5,', '1e3', '1_000', '1.234 567', '12 34'])(
    'refuses %j with a Danish example',
    (text) => {
      expect(error(text)).toBe(AMOUNT_FORMAT_ERROR);
    },
  );

  it('allows at most two decimals, whichever decimal mark is used', () => {
    expect(error('1,234')).toBe(AMOUNT_DECIMALS_ERROR);
    expect(error('1250.505')).toBe(AMOUNT_DECIMALS_ERROR);
    expect(error('-1.250,505')).toBe(AMOUNT_DECIMALS_ERROR);
  });

  it('refuses amounts the API cannot store (more than 15 digits before the comma)', () => {
    expect(error('1000000000000000')).toBe(AMOUNT_TOO_LARGE_ERROR);
    expect(error('-1.000.000.000.000.000,00')).toBe(AMOUNT_TOO_LARGE_ERROR);
  });

  it('refuses a negative amount only when asked to', () => {
    expect(error('-300', { allowNegative: false })).toBe(AMOUNT_NEGATIVE_ERROR);
    expect(parseAmountInput('-300')).toEqual({ ok: true, value: '-300' });
  });

  it('writes an API amount back the Danish way, and every such text reads back to the same amount', () => {
    for (const amount of ['0', '1250.50', '-1250.50', '1234567', '-0.05', '999999999999999.99']) {
      const text = amountInputText(amount);
      expect(value(text)).toBe(amount);
    }
    expect(amountInputText('-1250.50')).toBe('-1.250,50');
    expect(amountInputText(null)).toBe('');
  });
});

describe('parseAmountInput on an English page', () => {
  const en = (text: string) => parseAmountInput(text, { language: 'en' });

  it.each([
    ['-1,250.50', '-1250.50'],
    ['1,234,567', '1234567'],
    ['1,234,567.5', '1234567.50'],
    ['1250.50', '1250.50'],
    ['1,250', '1250'],
    ['12,5', '12.50'],
    ['1 234 567.25', '1234567.25'],
    ['DKK 1,250.50', '1250.50'],
    ['-DKK 300', '-300'],
  ])('reads %j as %j', (text, expected) => {
    expect(en(text)).toEqual({ ok: true, value: expected });
  });

  it('reads a dot as the decimal point, so a Danish grouping is refused rather than misread', () => {
    expect(en('1.234')).toEqual({ ok: false, error: AMOUNT_DECIMALS_ERROR });
    expect(en('1.234.567')).toEqual({ ok: false, error: AMOUNT_FORMAT_ERROR });
    expect(en('1,25,0')).toEqual({ ok: false, error: AMOUNT_FORMAT_ERROR });
  });

  it('writes an API amount back the English way, and every such text reads back to the same amount', () => {
    for (const amount of ['0', '1250.50', '-1250.50', '1234567', '-0.05', '999999999999999.99']) {
      expect(en(amountInputText(amount, 'en'))).toEqual({ ok: true, value: amount });
    }
    expect(amountInputText('-1250.50', 'en')).toBe('-1,250.50');
  });
});
