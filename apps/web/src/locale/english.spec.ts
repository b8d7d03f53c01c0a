import { inEnglish, render, text } from './english-testing';

/**
 * The app as an English user gets it: the remembered choice makes src/locale-init.ts load the
 * English texts before any module of the app is evaluated. The app's modules are therefore
 * imported only after it has run (a static import would evaluate them in Danish first);
 * language-choice.ts is the exception, it fixes nothing.
 */
describe('the app in English', () => {
  inEnglish();

  it('tells the browser the page is English, and formats money the English way', async () => {
    const { LANGUAGE, LOCALE } = await import('../app/core/language');
    const { formatKroner, formatMio } = await import('../app/core/format');
    expect([LANGUAGE, LOCALE, document.documentElement.lang]).toEqual(['en', 'en-GB', 'en']);
    expect([formatKroner('1234567'), formatMio('125800000')]).toEqual(['DKK 1,234,567', 'DKK 125.8m']);
  });

  it('translates templates, attributes and strings in code, with their placeholders', async () => {
    const { LoginPage } = await import('../app/auth/login/login-page');
    const login = await render(LoginPage);
    expect(text(login.querySelector('h1'))).toBe('Log in');
    expect(text(login.querySelector('label[for=login-password]'))).toBe('Password');

    const { NotFoundPage } = await import('../app/not-found/not-found-page');
    const notFound = await render(NotFoundPage);
    expect(text(notFound.querySelector('p'))).toBe('We could not find the page /. It may have moved, or the address may be mistyped.');

    const { STATUS_INFO } = await import('../app/budget-years/budget-years.service');
    const { ROLE_LABELS } = await import('../app/auth/auth.models');
    expect([STATUS_INFO.agreed.label, ROLE_LABELS.director]).toEqual(['Budget agreement', 'Executive management']);
  });

  it('uses English plurals in an ICU message', async () => {
    const { ImportErrors, SHOWN_ROWS } = await import('../app/core/import-errors');
    const errors = (n: number) => Array.from({ length: n }, (_, i) => ({ sheet: null, row: i + 2, column: null, message: 'x' }));
    expect(text((await render(ImportErrors, { errors: errors(SHOWN_ROWS + 1) })).querySelector('.more'))).toBe(
      '… and 1 more error. Correct the ones shown and load the file again.',
    );
    expect(text((await render(ImportErrors, { errors: errors(SHOWN_ROWS + 1234) })).querySelector('.more'))).toBe(
      '… and 1,234 more errors. Correct the ones shown and load the file again.',
    );
  });

  it('offers Danish on the language button, named in Danish', async () => {
    const { LanguageSwitch } = await import('../app/core/language-switch');
    const button = (await render(LanguageSwitch)).querySelector('button');
    expect(text(button)).toBe('Dansk');
    expect(button?.querySelector('[lang]')?.getAttribute('lang')).toBe('da');
  });
});
