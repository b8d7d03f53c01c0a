import { LANGUAGE_KEY, pickLanguage, rememberLanguage } from './language-choice';
import { LANGUAGE, LOCALE } from './language';

describe('the language of the interface', () => {
  afterEach(() => localStorage.clear());

  it('is Danish by default, da-DK for Angular and Intl', () => {
    expect(LANGUAGE).toBe('da');
    expect(LOCALE).toBe('da-DK');
  });

  it('takes ?lang= first, then the remembered choice, then Danish', () => {
    expect(pickLanguage('en', null)).toBe('en');
    expect(pickLanguage('da', 'en')).toBe('da');
    expect(pickLanguage(null, 'en')).toBe('en');
    expect(pickLanguage('fr', 'en')).toBe('en');
    expect(pickLanguage(null, 'fr')).toBe('da');
    expect(pickLanguage(null, null)).toBe('da');
  });

  it('remembers English and forgets the key for Danish, the default', () => {
    rememberLanguage('en');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
    rememberLanguage('da');
    expect(localStorage.length).toBe(0);
  });
});
