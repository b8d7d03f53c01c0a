import { Locator, Page } from 'playwright-core';

/** Runs in the page: the focused element as a person would name it ("button «Gem»"). */
function describeFocus(): string {
  const el = document.activeElement;
  if (!el || el === document.body) return 'document.body';
  const labelled = el.getAttribute('aria-labelledby');
  const name =
    el.getAttribute('aria-label') ??
    (labelled ? document.getElementById(labelled.split(' ')[0])?.textContent : null) ??
    (el as HTMLInputElement).labels?.[0]?.textContent ??
    el.textContent ??
    '';
  const role = el.getAttribute('role') ?? el.getAttribute('type') ?? '';
  return `${el.tagName.toLowerCase()}${role ? `[${role}]` : ''} «${name.replace(/\s+/g, ' ').trim().slice(0, 70)}»`;
}

/**
 * Runs in the page: why the focused element is not visibly focused, or null when it is. The
 * app's one focus indicator is the outline of styles.scss (`:focus-visible`), so that is what
 * is checked, as the browser computed it: an outline of at least 2 px in a visible colour, on
 * an element in the viewport that nothing else covers (at the middle of its first line box,
 * so a link that wraps is measured on its text, not on the gap between its lines).
 */
function focusProblem(): string | null {
  const el = document.activeElement;
  if (!el || el === document.body) return 'nothing has focus (document.body)';
  const style = getComputedStyle(el);
  const problems: string[] = [];
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2 || /rgba\(.*, 0\)$/.test(style.outlineColor)) {
    problems.push(`outline is "${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}"`);
  }
  const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (box.width < 1 || box.height < 1 || x < 0 || y < 0 || x > innerWidth || y > innerHeight) {
    problems.push('not in the viewport');
  } else {
    const top = document.elementFromPoint(x, y);
    if (top && top !== el && !el.contains(top)) problems.push(`covered by ${top.tagName.toLowerCase()}.${top.className}`);
  }
  return problems.length ? problems.join(', ') : null;
}

/** The focused element, described for failure messages. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(describeFocus);
}

/** Fails unless the element with focus shows the focus ring (see `focusProblem`). */
export async function expectFocusVisible(page: Page): Promise<void> {
  const problem = await page.evaluate(focusProblem);
  if (problem) throw new Error(`focus is not visible on ${await focused(page)}: ${problem}`);
}

export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluateAll((els) => els.some((el) => el === document.activeElement));
}

/** Fails unless `target` has focus, naming what has it instead. */
export async function expectFocused(page: Page, target: Locator): Promise<void> {
  if (!(await isFocused(target))) throw new Error(`expected focus on ${target}, but it is on ${await focused(page)}`);
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until `target` has focus, checking at every stop
 * that focus is visible; no key at all when it has focus already. Fails after `max` presses
 * with the stops it passed, so a control that Tab cannot reach is reported as such rather
 * than as a timeout.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 100 } = {}): Promise<void> {
  if (await isFocused(target)) return expectFocusVisible(page);
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    await expectFocusVisible(page);
    if (await isFocused(target)) return;
    stops.push(await focused(page));
  }
  throw new Error(`${max} × ${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${target}; focus went ${stops.join(' → ')}`);
}

/** Replaces the text of the focused field, as a person would: select all, then type. */
export async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  if (text) await page.keyboard.type(text);
  else await page.keyboard.press('Delete');
}

/**
 * On a freshly loaded page: the first Tab stop is the skip link, visibly focused, and Enter
 * on it moves focus to the main content.
 */
export async function skipToContent(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  await expectFocused(page, page.getByRole('link', { name: 'Spring til indhold' }));
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expectFocused(page, page.getByRole('main'));
}
