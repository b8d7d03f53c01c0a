/**
 * The Odense demo rounds, from the source documents (seed 002, chapter 4) as digested in
 * odense-reference.json. Where the sources give no figure, the figure here is illustrative
 * and says so in the track's or revision's text.
 */
import type { CreateTrackDto } from '@budgetspor/server/tracks';
import type { BidEntryDto, CreateFrameworkDto } from '@budgetspor/server/frameworks';

const ILLUSTRATIVE = 'Beløb og fordeling i demodata er illustrative, hvor kilderne ikke har tal.';

export const DEMO_TRACKS: CreateTrackDto[] = [
  track('SELV', 'Selvforsørgelse – frihed til at kunne', 'SAF', 2013, { SAU: '1' },
    'Færre borgere på overførselsindkomst; de ledige inddrages. Forventet bidrag 26 mio. kr. (kilde: SDU-rapporten 2015).'),
  track('SVR', 'Sammenhængende velfærdsressourcer', 'ÆHF', 2013, { ÆHU: '1', SAU: '1', BUU: '1' },
    `Tværgående spor (ÆHF, SAF, BUF): psykiatri, myndighed og unge (færre STU-forløb). Forventet bidrag 26 mio. kr. fra 2013. Fordelingen på udvalg er illustrativ.`),
  track('SUF', 'Sundhed og forebyggelse', 'ÆHF', 2014, { ÆHU: '1' },
    `Bidrager fra 2014 og afhænger af en frikommuneansøgning. ${ILLUSTRATIVE}`, true),
  track('BYG', 'Vores bygninger', 'BKF', 2014, { BKU: '1' },
    `Først: Forebyggende investeringer i den kommunale bygningsmasse. Bidrager fra 2014. ${ILLUSTRATIVE}`),
  track('VOU', 'Vækst og udvikling', 'BMF', 2013, { ØU: '1' }, `Turisme. ${ILLUSTRATIVE}`),
  track('UKS', 'Den ukendte strategi', 'BMF', 2013, { ØU: '1' },
    `Velfærdseksperimentarier i Bolbro og Dalum. ${ILLUSTRATIVE}`),
  track('LEV', 'Livskvalitet på egne vilkår', 'ÆHF', 2013, { ÆHU: '1' },
    'Tilføjet ved revisionen i sommeren 2012: rehabilitering, "træning som hjælp" og velfærdsteknologi. Forventet bidrag 45 mio. kr. fra 2013.'),
  track('VIF', 'Velfærd i fællesskab', 'BMF', 2013, { ØU: '1' },
    'Tilføjet ved revisionen i sommeren 2012: frivillige og civilsamfund. Forventet bidrag 5 mio. kr. fra 2013.'),
  track('SBL', 'Sammenhængende børneliv', 'BUF', 2014, { BUU: '1' },
    `Nyt spor i budget 2014 (tabel 4.1). ${ILLUSTRATIVE}`),
];

/** 125,8 mio. kr. in 2013 rising to 264,4 mio. kr. (the sources cut the final year off; 2016 here). */
const POOL_2013 = { '2013': '125800000', '2014': '172000000', '2015': '218200000', '2016': '264400000' };

const FIRST_SIX = [
  { trackCode: 'SELV', weight: '26' },
  { trackCode: 'SVR', weight: '26' },
  { trackCode: 'SUF', weight: '10' },
  { trackCode: 'BYG', weight: '10' },
  { trackCode: 'VOU', weight: '2' },
  { trackCode: 'UKS', weight: '2' },
];

export interface DemoRound {
  year: number;
  title: string;
  frameworks: CreateFrameworkDto[];
  bids: BidEntryDto[];
  /** Where the round stands in the demo. */
  status: 'framework_announced' | 'agreed';
}

export const DEMO_ROUNDS: DemoRound[] = [
  {
    year: 2013,
    title: 'Odense, sammen i arbejde',
    frameworks: [
      {
        decidedOn: '2012-02-08',
        decidedBy: 'ØU',
        title: 'Rammeudmelding for budget 2013 – seks innovationsspor',
        allocationMethod: 'bids',
        pool: POOL_2013,
        trackWeights: FIRST_SIX,
      },
      {
        // The sources say "summer 2012"; the day is illustrative.
        decidedOn: '2012-06-27',
        decidedBy: 'ØU',
        title: 'Revideret rammeudmelding – to nye spor efter udligningsændringen (80 mio. kr.)',
        allocationMethod: 'bids',
        pool: POOL_2013,
        trackWeights: [...FIRST_SIX, { trackCode: 'LEV', weight: '45' }, { trackCode: 'VIF', weight: '5' }],
      },
    ],
    bids: [
      ...everyYear(2013, 2016, 'SELV', 'SAU', '26000000'),
      ...everyYear(2013, 2016, 'SVR', 'ÆHU', '8666667'),
      ...everyYear(2013, 2016, 'SVR', 'SAU', '8666667'),
      ...everyYear(2013, 2016, 'SVR', 'BUU', '8666666'),
      ...everyYear(2013, 2016, 'LEV', 'ÆHU', '45000000'),
      ...everyYear(2013, 2016, 'VIF', 'ØU', '5000000'),
      ...everyYear(2014, 2016, 'SUF', 'ÆHU', '10000000'),
      ...everyYear(2014, 2016, 'BYG', 'BKU', '10000000'),
    ],
    status: 'agreed',
  },
  {
    year: 2014,
    title: 'Budget 2014 – innovationspuljen fordeles top-down',
    frameworks: [
      {
        // ØU distributed the pool top-down from budget 2014; the date and pool are illustrative.
        decidedOn: '2013-02-06',
        decidedBy: 'ØU',
        title: 'Rammeudmelding for budget 2014 – innovationspuljen fordelt på spor og udvalg',
        allocationMethod: 'top_down',
        pool: { '2014': '172000000', '2015': '218200000', '2016': '264400000', '2017': '264400000' },
        trackWeights: [
          ...FIRST_SIX,
          { trackCode: 'LEV', weight: '45' },
          { trackCode: 'VIF', weight: '5' },
          { trackCode: 'SBL', weight: '10' },
        ],
      },
    ],
    bids: [],
    status: 'framework_announced',
  },
];

export const DEMO_USERS = [
  { email: 'oekonomi@odense.demo', name: 'Økonomimedarbejder (demo)', role: 'finance' as const, committeeCodes: [] },
  { email: 'direktion@odense.demo', name: 'Direktør (demo)', role: 'director' as const, committeeCodes: [] },
  { email: 'aehu@odense.demo', name: 'Udvalgssekretær, Ældre- og Handicapudvalget (demo)', role: 'committee' as const, committeeCodes: ['ÆHU'] },
];

function track(
  code: string, name: string, administrationCode: string, startYear: number,
  shares: Record<string, string>, description: string, dependsOnFreeMunicipality = false,
): CreateTrackDto {
  return {
    code, name, description, administrationCode, startYear, dependsOnFreeMunicipality, status: 'active',
    shares: Object.entries(shares).map(([committeeCode, weight]) => ({ committeeCode, weight })),
  };
}

function everyYear(from: number, to: number, trackCode: string, committeeCode: string, amount: string): BidEntryDto[] {
  return Array.from({ length: to - from + 1 }, (_, i) => ({ trackCode, committeeCode, year: from + i, amount }));
}

/**
 * Illustrative follow-up figures (the sources have no realised savings): percent of expected
 * realised or forecast per track, with a status. Keyed by budget round, then track.
 */
export const DEMO_FOLLOW_UP: Record<number, Record<string, { percent: number; status: 'on_track' | 'at_risk' | 'off_track' | 'realised' }>> = {
  2013: {
    SELV: { percent: 85, status: 'at_risk' },
    SVR: { percent: 102, status: 'realised' },
    LEV: { percent: 70, status: 'off_track' },
    VIF: { percent: 110, status: 'realised' },
    SUF: { percent: 60, status: 'at_risk' },
    BYG: { percent: 95, status: 'on_track' },
  },
  2014: {
    SELV: { percent: 90, status: 'on_track' },
    SVR: { percent: 100, status: 'on_track' },
    LEV: { percent: 75, status: 'at_risk' },
    SBL: { percent: 50, status: 'off_track' },
  },
};
