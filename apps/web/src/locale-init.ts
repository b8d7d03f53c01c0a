/**
 * Runs before any of the app's code: it is the last of the build's polyfills (project.json),
 * a bundle of its own that the browser evaluates before main.js and the chunks main.js
 * imports, where constants such as route titles are evaluated. It picks the language
 * (`?lang=` once, else the remembered choice, else Danish), loads the English texts when
 * English is chosen, provides Angular's locale data for both languages, and marks the choice
 * on `<html lang>`, where the app reads it (core/language.ts). One file of English texts per
 * feature folder; see locale/README.md.
 */
import '@angular/common/locales/global/da';
import '@angular/common/locales/global/en-GB';
import { loadTranslations } from '@angular/localize';
import type { Language } from './app/core/language';
import { isLanguage, pickLanguage, rememberedLanguage, rememberLanguage } from './app/core/language-choice';
import account from './locale/en/account.json';
import allocation from './locale/en/allocation.json';
import analysis from './locale/en/analysis.json';
import audit from './locale/en/audit.json';
import auth from './locale/en/auth.json';
import bids from './locale/en/bids.json';
import budgetYears from './locale/en/budget-years.json';
import calendar from './locale/en/calendar.json';
import core from './locale/en/core.json';
import dashboard from './locale/en/dashboard.json';
import effect from './locale/en/effect.json';
import followUp from './locale/en/follow-up.json';
import forside from './locale/en/forside.json';
import framework from './locale/en/framework.json';
import notFound from './locale/en/not-found.json';
import savings from './locale/en/savings.json';
import shell from './locale/en/shell.json';
import system from './locale/en/system.json';
import tracks from './locale/en/tracks.json';
import ui from './locale/en/ui.json';
import users from './locale/en/users.json';

/** `?lang=` is remembered and taken out of the address, so it does not stick to the router's links. */
function startLanguage(): Language {
  const url = new URL(window.location.href);
  const query = url.searchParams.get('lang');
  if (query !== null) {
    if (isLanguage(query)) rememberLanguage(query);
    url.searchParams.delete('lang');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return pickLanguage(query, rememberedLanguage());
}

const language = startLanguage();
if (language === 'en') {
  // Every id starts with its folder's name, so the files cannot overwrite each other.
  loadTranslations({
    ...account,
    ...allocation,
    ...analysis,
    ...audit,
    ...auth,
    ...bids,
    ...budgetYears,
    ...calendar,
    ...core,
    ...dashboard,
    ...effect,
    ...followUp,
    ...forside,
    ...framework,
    ...notFound,
    ...savings,
    ...shell,
    ...system,
    ...tracks,
    ...ui,
    ...users,
  });
}
document.documentElement.lang = language;
