import { checkFramework, FrameworkFormValue, initialFormValue } from './framework-form';
import { Framework, Track } from './framework.models';

const YEARS = [2014, 2015, 2016, 2017];
const TRACKS: Track[] = [
  { code: 'SELV', name: 'Selvforsørgelse', startYear: 2014, status: 'active', shares: [{ committeeCode: 'SAU', weight: '1' }] },
  { code: 'SVR', name: 'Sammenhængende velfærdsressourcer', startYear: 2014, status: 'active', shares: [{ committeeCode: 'SAU', weight: '1' }] },
];
const CURRENT: Framework = {
  budgetYear: 2014,
  revision: 3,
  decidedOn: '2013-02-06',
  decidedBy: 'ØU',
  title: 'Rammeudmelding 2014',
  allocationMethod: 'top_down',
  pool: { '2014': '125800000', '2015': '180000000', '2016': '230000000', '2017': '264400000' },
  trackWeights: [{ trackCode: 'SVR', weight: '0.5' }],
  createdAt: '2013-02-06T10:00:00.000Z',
  createdBy: 'okonomi@odense.dk',
};

const valid = (overrides: Partial<FrameworkFormValue> = {}): FrameworkFormValue => ({
  ...initialFormValue(CURRENT, 2014, YEARS, TRACKS),
  ...overrides,
});

describe('initialFormValue', () => {
  it('copies the current revision, weights with a Danish decimal comma, unweighted tracks blank', () => {
    expect(initialFormValue(CURRENT, 2014, YEARS, TRACKS)).toEqual({
      decidedOn: '2013-02-06',
      decidedBy: 'ØU',
      title: 'Rammeudmelding 2014',
      allocationMethod: 'top_down',
      pool: { '2014': '125800000', '2015': '180000000', '2016': '230000000', '2017': '264400000' },
      weights: { SELV: '', SVR: '0,5' },
    });
  });

  it('starts a first revision blank, decided by ØU, top-down', () => {
    expect(initialFormValue(null, 2015, [2015, 2016, 2017, 2018], TRACKS)).toEqual({
      decidedOn: '',
      decidedBy: 'ØU',
      title: 'Rammeudmelding for budget 2015',
      allocationMethod: 'top_down',
      pool: { '2015': '', '2016': '', '2017': '', '2018': '' },
      weights: { SELV: '', SVR: '' },
    });
  });
});

describe('checkFramework', () => {
  it('builds the POST body: amounts in kroner, only positive weights, trimmed texts', () => {
    const check = checkFramework(
      valid({
        title: '  Revideret ramme ',
        pool: { '2014': '125,8 mio.', '2015': '180.000.000', '2016': '230000000 kr.', '2017': '0' },
        weights: { SELV: '0', SVR: '2' },
      }),
      YEARS,
      TRACKS,
    );
    expect(check.errors).toEqual({});
    expect(check.body).toEqual({
      decidedOn: '2013-02-06',
      decidedBy: 'ØU',
      title: 'Revideret ramme',
      allocationMethod: 'top_down',
      pool: { '2014': '125800000', '2015': '180000000', '2016': '230000000', '2017': '0' },
      trackWeights: [{ trackCode: 'SVR', weight: '2' }],
    });
  });

  it('names every bad field in Danish and gives no body', () => {
    const check = checkFramework(
      valid({
        decidedOn: '2013-02-30',
        decidedBy: ' ',
        title: 'x'.repeat(201),
        pool: { '2014': '', '2015': '125.8', '2016': '-1', '2017': '1250,50' },
        weights: { SELV: '0,1234567', SVR: '-2' },
      }),
      YEARS,
      TRACKS,
    );
    expect(check.body).toBeNull();
    expect(check.errors).toEqual({
      decidedOn: 'Skriv datoen som ÅÅÅÅ-MM-DD, fx 2013-02-06.',
      decidedBy: 'Skriv hvem der besluttede rammen, fx ØU.',
      title: 'Højst 200 tegn (nu 201).',
      'pool.2014': 'Skriv puljen, fx 125,8 mio. eller 125800000.',
      'pool.2015': expect.stringMatching(/^Brug komma som decimaltegn/),
      'pool.2016': 'Puljen kan ikke være negativ.',
      'pool.2017': 'Puljen skal være et helt antal kroner, uden øre.',
      'weights.SELV': 'Vægten må højst have 6 decimaler.',
      'weights.SVR': 'Vægten skal være større end 0.',
    });
  });

  it('asks for at least one weighted track with top-down, but not with bids', () => {
    const none = { SELV: '', SVR: '0' };
    expect(checkFramework(valid({ weights: none }), YEARS, TRACKS).errors).toEqual({
      weights: 'Giv mindst ét spor en vægt: ved top-down fordeles puljen efter sporenes vægte.',
    });
    const bids = checkFramework(valid({ weights: none, allocationMethod: 'bids' }), YEARS, TRACKS);
    expect(bids.errors).toEqual({});
    expect(bids.body?.trackWeights).toEqual([]);
  });

  it('reads every period year, also one the form lacks', () => {
    const check = checkFramework(valid({ pool: { '2014': '1' } }), YEARS, TRACKS);
    expect(Object.keys(check.errors)).toEqual(['pool.2015', 'pool.2016', 'pool.2017']);
  });
});
