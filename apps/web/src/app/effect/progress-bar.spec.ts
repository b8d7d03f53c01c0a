import { TestBed } from '@angular/core/testing';
import { barWidth, ProgressBar } from './progress-bar';

describe('barWidth', () => {
  it('is the percentage, kept between 0 and 100', () => {
    expect(barWidth('30.0')).toBe(30);
    expect(barWidth('-4.0')).toBe(0);
    expect(barWidth('112.5')).toBe(100);
    expect(barWidth(null)).toBe(0);
  });
});

describe('ProgressBar', () => {
  it('shows the true percentage as text beside the bar, and where the line is due', async () => {
    const fixture = TestBed.createComponent(ProgressBar);
    fixture.componentRef.setInput('percent', '-4.0');
    fixture.componentRef.setInput('expected', '25.0');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('.progress__text')?.textContent?.trim()).toBe('-4,0 %');
    expect(el.querySelector('.expected')?.textContent?.trim()).toBe('forventet 25,0 %');
    expect((el.querySelector('.progress__bar') as HTMLElement).style.width).toBe('0%');
    expect((el.querySelector('.progress__due') as HTMLElement).style.left).toBe('25%');
    expect(el.querySelector('.progress__track')?.getAttribute('aria-hidden')).toBe('true');
  });
});
