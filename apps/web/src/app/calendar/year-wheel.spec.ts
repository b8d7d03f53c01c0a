import type { Chart, TooltipItem } from 'chart.js';
import { milestone } from './calendar-testing';
import { buildYearWheel, MARK_COLOURS, MARK_DAYS, markNumbers, monthLabels, monthNames, wheelSegments } from './year-wheel';

const calendar = [
  milestone({ id: 'a', date: '2013-02-06', title: 'Rammeudmelding', kind: 'framework_announcement', status: 'done' }),
  milestone({ id: 'b', date: '2013-09-11', title: '1. behandling', kind: 'first_reading' }),
  milestone({ id: 'c', date: '2013-10-09', title: '2. behandling', kind: 'second_reading', status: 'late' }),
  milestone({ id: 'd', date: '2013-10-09', title: 'Vedtagelse', kind: 'adoption' }),
];

type Callbacks = {
  title: (items: Partial<TooltipItem<'doughnut'>>[]) => string;
  label: (item: Partial<TooltipItem<'doughnut'>>) => string;
};

describe('the year wheel', () => {
  it('lays each milestone at its day of the year, numbered as in the list, with empty days between', () => {
    const segments = wheelSegments(calendar);
    expect(segments.map((s) => [s.days, s.number])).toEqual([
      [34, 0], // 1 Jan – 4 Feb
      [MARK_DAYS, 1], // 6 Feb in the middle of its mark
      [213, 0],
      [MARK_DAYS, 2], // 11 Sep (day 253)
      [24, 0],
      [MARK_DAYS, 3], // 9 Oct (day 281)
      [MARK_DAYS, 4], // the same day: laid right after, not on top
      [78, 0],
    ]);
    expect(segments.reduce((sum, s) => sum + s.days, 0)).toBe(365);
  });

  it('repeats every year: a follow-up in the budget year itself sits at its month', () => {
    const segments = wheelSegments([milestone({ id: 'x', date: '2014-06-30' }), milestone({ id: 'y', date: '2013-02-06' })]);
    expect(segments.filter((s) => s.milestone).map((s) => s.milestone?.id)).toEqual(['y', 'x']);
    expect(segments.filter((s) => s.milestone).map((s) => s.number)).toEqual([2, 1]);
  });

  it('is an empty ring of 365 days without milestones', () => {
    expect(wheelSegments([])).toEqual([{ days: 365, milestone: null, number: 0 }]);
  });

  it('is a doughnut of twelve months, as wide as their days, around the ring of marks coloured by status', () => {
    const config = buildYearWheel(calendar);
    expect(config.type).toBe('doughnut');
    expect(config.data.labels).toEqual(['Januar', 'Februar', 'Marts', 'April', 'Maj', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'December']);
    const [months, marks] = config.data.datasets;
    expect(months.data).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    const colours = marks.backgroundColor as string[];
    expect(colours.filter((c) => !c.startsWith('rgba'))).toEqual([MARK_COLOURS.done, MARK_COLOURS.planned, MARK_COLOURS.late, MARK_COLOURS.planned]);
    expect(config.options?.plugins?.legend?.display).toBe(false);
    expect(config.plugins?.map((p) => p.id)).toEqual(['yearWheelMonths', 'yearWheelNumbers']);
  });

  it('says number, title, date, kind and status in the tooltip, the month on the outer ring, and nothing for empty days', () => {
    const config = buildYearWheel(calendar);
    const tooltip = config.options?.plugins?.tooltip as unknown as { filter: (i: Partial<TooltipItem<'doughnut'>>) => boolean; callbacks: Callbacks };
    expect(tooltip.callbacks.title([{ datasetIndex: 1, dataIndex: 5 }])).toBe('3. 2. behandling');
    expect(tooltip.callbacks.label({ datasetIndex: 1, dataIndex: 5 })).toBe('9. oktober 2013 · 2. behandling · Forsinket');
    expect(tooltip.callbacks.title([{ datasetIndex: 0, dataIndex: 9 }])).toBe('Oktober');
    expect(tooltip.filter({ datasetIndex: 1, dataIndex: 0 })).toBe(false);
    expect(tooltip.filter({ datasetIndex: 1, dataIndex: 1 })).toBe(true);
    expect(tooltip.filter({ datasetIndex: 0, dataIndex: 3 })).toBe(true);
  });

  it('names the months in the page\'s language', () => {
    expect(monthNames('da').slice(0, 3)).toEqual(['januar', 'februar', 'marts']);
    expect(monthNames('en').slice(9)).toEqual(['October', 'November', 'December']);
  });

  it('draws the month names and the mark numbers on the canvas', () => {
    const texts: string[] = [];
    const ctx = {
      save: jest.fn(), restore: jest.fn(), beginPath: jest.fn(), arc: jest.fn(), fill: jest.fn(),
      fillText: (text: string) => texts.push(text),
    };
    const arc = (i: number) => ({
      getProps: () => ({ x: 100, y: 100, startAngle: i * 0.5, endAngle: i * 0.5 + 0.07, innerRadius: 40, outerRadius: 60 }),
    });
    const segments = wheelSegments(calendar);
    const chart = {
      ctx,
      getDatasetMeta: (index: number) => ({ data: (index === 0 ? Array.from({ length: 12 }) : segments).map((_, i) => arc(i)) }),
    } as unknown as Chart<'doughnut'>;
    monthLabels().afterDatasetsDraw?.(chart, {} as never, {} as never, {} as never);
    markNumbers(segments).afterDatasetsDraw?.(chart, {} as never, {} as never, {} as never);
    expect(texts).toEqual(['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec', '1', '2', '3', '4']);
  });
});
