import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ScrollRegion } from './scroll-region';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScrollRegion],
  template: `<div class="bs-table-wrap"><table><caption>Fordeling pr. spor</caption></table></div>`,
})
class Host {}

describe('ScrollRegion', () => {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollWidth');
  afterEach(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'scrollWidth', original);
  });

  async function frame(scrollWidth: number): Promise<HTMLElement> {
    // jsdom lays nothing out: the frame is as wide as its content says here, clientWidth 0.
    Object.defineProperty(HTMLElement.prototype, 'scrollWidth', { configurable: true, get: () => scrollWidth });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    fixture.detectChanges();
    return (fixture.nativeElement as HTMLElement).querySelector('.bs-table-wrap') as HTMLElement;
  }

  it('makes a frame that scrolls a focusable region named after its table', async () => {
    const wrap = await frame(800);
    expect(wrap.getAttribute('tabindex')).toBe('0');
    expect(wrap.getAttribute('role')).toBe('region');
    expect(wrap.getAttribute('aria-label')).toBe('Fordeling pr. spor (kan rulles vandret)');
  });

  it('adds no tab stop when everything fits', async () => {
    const wrap = await frame(0);
    expect(wrap.hasAttribute('tabindex')).toBe(false);
    expect(wrap.hasAttribute('role')).toBe(false);
  });
});
