import { ComponentFixture, TestBed } from '@angular/core/testing';
import { StatusBadge, StatusTone } from './status-badge';

describe('StatusBadge', () => {
  let fixture: ComponentFixture<StatusBadge>;

  async function render(tone: StatusTone, label: string): Promise<HTMLElement> {
    fixture.componentRef.setInput('tone', tone);
    fixture.componentRef.setInput('label', label);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    fixture = TestBed.createComponent(StatusBadge);
  });

  it('shows the label as text next to a decorative icon', async () => {
    const badge = await render('ok', 'kører');

    expect(badge.textContent?.trim()).toBe('kører');
    const icon = badge.querySelector('svg');
    expect(icon).not.toBeNull();
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
    expect(icon?.getAttribute('data-icon')).toBe('ok');
    expect(icon?.querySelector('path')).not.toBeNull();
  });

  it('draws a different icon for each tone, so the status is not told by colour alone', async () => {
    const shapes = new Map<StatusTone, string | null | undefined>();
    for (const tone of ['ok', 'warning', 'error', 'neutral', 'info', 'locked'] as const) {
      const badge = await render(tone, 'status');
      expect(badge.getAttribute('data-tone')).toBe(tone);
      shapes.set(tone, badge.querySelector('svg path')?.getAttribute('d'));
    }

    expect(new Set(shapes.values()).size).toBe(6);
  });

  it('updates the text when the label changes', async () => {
    await render('ok', 'kører');
    const badge = await render('error', 'nede');

    expect(badge.textContent?.trim()).toBe('nede');
    expect(badge.querySelector('svg')?.getAttribute('data-icon')).toBe('error');
  });
});
