import { adoptionDeadline, DatedMilestone, milestoneWarnings } from './milestone-warnings';

const m = (id: string, date: string, kind: DatedMilestone['kind']): DatedMilestone => ({ id, date, kind });
const codes = (warnings: Map<string, { code: string }[]>) => Object.fromEntries([...warnings].map(([id, list]) => [id, list.map((w) => w.code)]));

describe('milestoneWarnings', () => {
  it('gives none for the Odense calendar of budget 2014: readings four weeks apart, adoption 9 October 2013', () => {
    const calendar = [
      m('ramme', '2013-02-06', 'framework_announcement'),
      m('first', '2013-09-11', 'first_reading'),
      m('second', '2013-10-09', 'second_reading'),
      m('adopt', '2013-10-09', 'adoption'),
    ];
    expect(milestoneWarnings(2014, calendar).size).toBe(0);
  });

  it('accepts exactly 21 days between the readings and warns at 20, naming both dates', () => {
    expect(milestoneWarnings(2014, [m('a', '2013-09-18', 'first_reading'), m('b', '2013-10-09', 'second_reading')]).size).toBe(0);
    const warnings = milestoneWarnings(2014, [m('a', '2013-09-19', 'first_reading'), m('b', '2013-10-09', 'second_reading')]);
    expect(warnings.get('b')).toEqual([
      {
        code: 'readings_too_close',
        message: 'Der er kun 20 dage mellem 1. behandling (19. september 2013) og 2. behandling (9. oktober 2013); der skal være mindst 21 dage (tre uger)',
      },
    ]);
    expect(warnings.has('a')).toBe(false);
  });

  it('measures a second reading against the latest first reading before it', () => {
    const calendar = [
      m('early', '2013-08-01', 'first_reading'),
      m('moved', '2013-09-30', 'first_reading'),
      m('second', '2013-10-09', 'second_reading'),
    ];
    expect(codes(milestoneWarnings(2014, calendar))).toEqual({ second: ['readings_too_close'] });
    expect(milestoneWarnings(2014, calendar).get('second')?.[0].message).toContain('kun 9 dage');
  });

  it('says so when the second reading comes before every first reading, and says nothing without any first reading', () => {
    const before = milestoneWarnings(2014, [m('second', '2013-09-01', 'second_reading'), m('first', '2013-09-11', 'first_reading')]);
    expect(before.get('second')).toEqual([
      { code: 'second_reading_before_first', message: '2. behandling den 1. september 2013 ligger før 1. behandling den 11. september 2013' },
    ]);
    expect(milestoneWarnings(2014, [m('second', '2013-10-09', 'second_reading')]).size).toBe(0);
  });

  it('warns about an adoption after 15 October of the year before the budget year, not on the day itself', () => {
    expect(adoptionDeadline(2014)).toBe('2013-10-15');
    expect(milestoneWarnings(2014, [m('a', '2013-10-15', 'adoption')]).size).toBe(0);
    expect(milestoneWarnings(2014, [m('a', '2013-10-16', 'adoption')]).get('a')).toEqual([
      { code: 'adoption_too_late', message: 'Vedtagelsen den 16. oktober 2013 ligger efter fristen 15. oktober 2013' },
    ]);
    // The deadline belongs to the budget year: 2014-10-01 is fine for budget 2015, too late for 2014.
    expect(milestoneWarnings(2015, [m('a', '2014-10-01', 'adoption')]).size).toBe(0);
    expect(codes(milestoneWarnings(2014, [m('a', '2014-10-01', 'adoption')]))).toEqual({ a: ['adoption_too_late'] });
  });

  it('ignores the other kinds whatever their dates', () => {
    const calendar = [m('x', '2014-12-24', 'other'), m('y', '2014-12-24', 'follow_up'), m('z', '2014-12-24', 'framework_announcement')];
    expect(milestoneWarnings(2014, calendar).size).toBe(0);
  });
});
