import type { Chart, ChartConfiguration, Plugin, TooltipItem } from 'chart.js';
import { KIND_LABELS, Milestone, MILESTONE_STATUS_INFO, MilestoneStatus } from './calendar.models';
import { formatDate } from '../core/format';
import { Language, LANGUAGE, LOCALE_IDS } from '../core/language';
import { MONTH_DAYS, wheelDay } from './danish-date';

export type YearWheelChart = ChartConfiguration<'doughnut', number[], string>;

/** One piece of the inner ring: empty days, or the mark of a milestone (numbered as in the list). */
export interface WheelSegment {
  readonly days: number;
  readonly milestone: Milestone | null;
  /** The milestone's number in the list (1, 2, …); 0 for an empty piece. */
  readonly number: number;
}

/** How many days of the ring one mark covers: wide enough to see and to point at. */
export const MARK_DAYS = 4;
const YEAR_DAYS = 365;

/**
 * Marks that meet the common colour-vision deficiencies apart (Okabe–Ito blue, bluish green,
 * vermilion); the status is also in the tooltip and, as text, in the list under the wheel.
 */
export const MARK_COLOURS: Readonly<Record<MilestoneStatus, string>> = {
  planned: '#0072B2',
  done: '#009E73',
  late: '#D55E00',
};
const MONTH_FILLS = ['#E8F0F8', '#D3E1EE'];
/** The page's own font stack, for the text drawn on the canvas. */
const FONT_FAMILY = 'system-ui, sans-serif';
const EMPTY = 'rgba(0, 0, 0, 0)';

/**
 * The inner ring: the milestones at their day of the year (whatever the calendar year, since
 * an årshjul repeats), with empty pieces between them. Marks on the same or near days are laid
 * one after the other rather than on top of each other, so each stays visible.
 */
export function wheelSegments(milestones: readonly Milestone[]): WheelSegment[] {
  const marks = milestones
    .map((milestone, i) => ({ milestone, number: i + 1, day: wheelDay(milestone.date) }))
    .sort((a, b) => a.day - b.day || a.number - b.number);
  const segments: WheelSegment[] = [];
  let cursor = 0;
  for (const mark of marks) {
    const start = Math.max(cursor, mark.day - MARK_DAYS / 2);
    if (start > cursor) segments.push({ days: start - cursor, milestone: null, number: 0 });
    segments.push({ days: MARK_DAYS, milestone: mark.milestone, number: mark.number });
    cursor = start + MARK_DAYS;
  }
  if (cursor < YEAR_DAYS) segments.push({ days: YEAR_DAYS - cursor, milestone: null, number: 0 });
  return segments;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The twelve month names in a language, as it writes them in running text: "januar" / "January". */
export function monthNames(language: Language = LANGUAGE): string[] {
  const format = new Intl.DateTimeFormat(LOCALE_IDS[language], { month: 'long', timeZone: 'UTC' });
  return MONTH_DAYS.map((_, i) => format.format(new Date(Date.UTC(2001, i, 1))));
}

/** The page's month names. */
const MONTHS = monthNames();

/**
 * The year wheel: a ring of the twelve months (January at the top, clockwise, each as wide as
 * its days) around a ring with the milestones at their dates, numbered as in the list. The
 * month names and the numbers are drawn by the two plugins, since a doughnut has no labels of
 * its own; the tooltip gives a milestone's number, title, date, kind and status.
 */
export function buildYearWheel(milestones: readonly Milestone[]): YearWheelChart {
  const segments = wheelSegments(milestones);
  return {
    type: 'doughnut',
    data: {
      labels: MONTHS.map(capitalise),
      datasets: [
        {
          label: $localize`:@@calendar.wheel.months:Måneder`,
          data: [...MONTH_DAYS],
          backgroundColor: MONTHS.map((_, i) => MONTH_FILLS[i % 2]),
          borderColor: '#ffffff',
          borderWidth: 2,
          hoverOffset: 0,
        },
        {
          label: $localize`:@@calendar.wheel.milestones:Milepæle`,
          data: segments.map((s) => s.days),
          backgroundColor: segments.map((s) => (s.milestone ? MARK_COLOURS[s.milestone.status] : EMPTY)),
          borderColor: segments.map((s) => (s.milestone ? '#1b1f24' : EMPTY)),
          borderWidth: segments.map((s) => (s.milestone ? 1 : 0)),
          hoverOffset: 0,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      cutout: '38%',
      plugins: {
        legend: { display: false },
        tooltip: {
          // Empty days are no information; only months and marks answer a pointer.
          filter: (item: TooltipItem<'doughnut'>) => item.datasetIndex === 0 || segments[item.dataIndex]?.milestone != null,
          callbacks: {
            title: (items: TooltipItem<'doughnut'>[]) => {
              const item = items[0];
              if (!item) return '';
              return item.datasetIndex === 0 ? capitalise(MONTHS[item.dataIndex] ?? '') : markTitle(segments[item.dataIndex]);
            },
            label: (item: TooltipItem<'doughnut'>) => (item.datasetIndex === 0 ? '' : markLabel(segments[item.dataIndex])),
          },
        },
      },
    },
    plugins: [monthLabels(), markNumbers(segments)],
  };
}

function markTitle(segment: WheelSegment | undefined): string {
  return segment?.milestone ? `${segment.number}. ${segment.milestone.title}` : '';
}

function markLabel(segment: WheelSegment | undefined): string {
  const m = segment?.milestone;
  return m ? `${formatDate(m.date)} · ${KIND_LABELS[m.kind]} · ${MILESTONE_STATUS_INFO[m.status].label}` : '';
}

interface ArcGeometry {
  x: number;
  y: number;
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
}

function arcOf(chart: Chart, datasetIndex: number, index: number): ArcGeometry | null {
  const arc = chart.getDatasetMeta(datasetIndex).data[index] as unknown as { getProps?: (keys: string[], final?: boolean) => ArcGeometry } | undefined;
  return arc?.getProps ? arc.getProps(['x', 'y', 'startAngle', 'endAngle', 'innerRadius', 'outerRadius'], true) : null;
}

/** "jan", "feb", … ("Jan", "Feb", … in English) in the middle of each month's piece of the outer ring. */
export function monthLabels(): Plugin<'doughnut'> {
  return {
    id: 'yearWheelMonths',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `600 12px ${FONT_FAMILY}`;
      ctx.fillStyle = '#1b1f24';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      MONTHS.forEach((name, i) => {
        const arc = arcOf(chart, 0, i);
        if (!arc) return;
        const angle = (arc.startAngle + arc.endAngle) / 2;
        const radius = (arc.innerRadius + arc.outerRadius) / 2;
        ctx.fillText(name.slice(0, 3), arc.x + Math.cos(angle) * radius, arc.y + Math.sin(angle) * radius);
      });
      ctx.restore();
    },
  };
}

/**
 * Each mark's number just inside the ring, so the wheel can be read against the list. Numbers
 * of marks close together step inwards, one under the other, instead of overlapping.
 */
export function markNumbers(segments: readonly WheelSegment[]): Plugin<'doughnut'> {
  return {
    id: 'yearWheelNumbers',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `700 12px ${FONT_FAMILY}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      let step = 0;
      let lastEnd = -Infinity;
      segments.forEach((segment, i) => {
        if (!segment.milestone) return;
        const arc = arcOf(chart, 1, i);
        if (!arc) return;
        step = arc.startAngle - lastEnd < 0.05 ? step + 1 : 0;
        lastEnd = arc.endAngle;
        const angle = (arc.startAngle + arc.endAngle) / 2;
        const radius = Math.max(8, arc.innerRadius - 10 - step * 16);
        const [x, y] = [arc.x + Math.cos(angle) * radius, arc.y + Math.sin(angle) * radius];
        ctx.fillStyle = '#ffffff';
        ctx.beginPath();
        ctx.arc(x, y, 8, 0, 2 * Math.PI);
        ctx.fill();
        ctx.fillStyle = '#1b1f24';
        ctx.fillText(String(segment.number), x, y);
      });
      ctx.restore();
    },
  };
}
