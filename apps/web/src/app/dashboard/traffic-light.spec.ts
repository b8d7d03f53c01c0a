import { trafficLight } from './traffic-light';

describe('trafficLight', () => {
  const level = (rate: string | null) => trafficLight(rate).level;

  it('is "På sporet" from 95 % up, also above 100 %', () => {
    expect(trafficLight('0.9500')).toEqual({ level: 'on_track', label: 'På sporet', tone: 'ok' });
    expect(level('1.0000')).toBe('on_track');
    expect(level('2.5000')).toBe('on_track');
  });

  it('is "I risiko" from 75 % up to just below 95 %', () => {
    expect(trafficLight('0.9499')).toEqual({ level: 'at_risk', label: 'I risiko', tone: 'warning' });
    expect(level('0.7500')).toBe('at_risk');
  });

  it('is "Bagud" below 75 %, including nothing and negative realisation', () => {
    expect(trafficLight('0.7499')).toEqual({ level: 'behind', label: 'Bagud', tone: 'error' });
    expect(level('0.0000')).toBe('behind');
    expect(level('-0.2000')).toBe('behind');
  });

  it('is "–" when nothing is expected', () => {
    expect(trafficLight(null)).toEqual({ level: 'none', label: '–', tone: 'neutral' });
  });

  it('always has a text label, so colour is never the only signal', () => {
    for (const rate of ['1.0000', '0.8000', '0.1000', null]) {
      expect(trafficLight(rate).label.length).toBeGreaterThan(0);
    }
  });
});
