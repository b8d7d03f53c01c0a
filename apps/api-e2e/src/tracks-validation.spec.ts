import { startTracksTestApp, svrBody, TracksTestApp } from './support/track-fixtures';

const CODE = 'skal være 1–16 tegn: bogstaver, cifre, - eller _';
const WEIGHT = 'skal være et positivt decimaltal som tekst med højst 6 decimaler, fx "1" eller "0.5"';
const NAME = 'skal være 1–200 tegn';
const YEAR = ['startYear: skal være et årstal (heltal)', 'startYear: skal være et årstal fra 1900', 'startYear: skal være et årstal til og med 2200'];
const SHARES = 'shares: skal være en liste med mindst én andel';
const SHARE_OBJECT = 'hver andel skal være et objekt {"committeeCode","weight"}';
const VERSION = 'version: skal være den version, du læste (et heltal fra 1)';

/** Each case: what is sent instead of (or besides) the valid SVR body, and the exact 400 messages. */
const POST_CASES: [string, Record<string, unknown>, string[]][] = [
  ['a missing code', { code: undefined }, [`code: ${CODE}`]],
  ['an empty code', { code: '' }, [`code: ${CODE}`]],
  ['a 17-character code', { code: 'A'.repeat(17) }, [`code: ${CODE}`]],
  ['a code with a space', { code: 'S V' }, [`code: ${CODE}`]],
  ['a code with a slash', { code: 'S/V' }, [`code: ${CODE}`]],
  ['a missing name', { name: undefined }, [`name: ${NAME}`, 'name: skal være tekst']],
  ['an empty name', { name: '' }, [`name: ${NAME}`]],
  ['a 201-character name', { name: 'n'.repeat(201) }, [`name: ${NAME}`]],
  ['a name with U+0000', { name: 'a\u0000b' }, ['name: må ikke indeholde tegnet \\u0000']],
  ['a numeric description', { description: 5 }, ['description: må højst være 4000 tegn', 'description: skal være tekst']],
  ['a 4001-character description', { description: 'd'.repeat(4001) }, ['description: må højst være 4000 tegn']],
  ['an unknown administration', { administrationCode: 'XYZ' }, ['administrationCode: forvaltningen XYZ findes ikke']],
  ['a malformed administration code', { administrationCode: 'Æ H F' }, [`administrationCode: ${CODE}`]],
  ['a missing administration', { administrationCode: undefined }, [`administrationCode: ${CODE}`]],
  ['startYear 1899', { startYear: 1899 }, ['startYear: skal være et årstal fra 1900']],
  ['startYear 2201', { startYear: 2201 }, ['startYear: skal være et årstal til og med 2200']],
  ['a fractional startYear', { startYear: 2014.5 }, [YEAR[0]]],
  ['startYear as text', { startYear: '2014' }, YEAR],
  ['an unknown status', { status: 'open' }, ['status: skal være active, paused eller closed']],
  ['dependsOnFreeMunicipality as text', { dependsOnFreeMunicipality: 'yes' }, ['dependsOnFreeMunicipality: skal være true eller false']],
  ['no shares', { shares: undefined }, [SHARES]],
  ['an empty share list', { shares: [] }, [SHARES]],
  ['shares as one object', { shares: { committeeCode: 'SAU', weight: '1' } }, [SHARES]],
  ['shares as text', { shares: 'SAU' }, [SHARES, `shares: ${SHARE_OBJECT}`]],
  ['a share that is not an object', { shares: [{ committeeCode: 'SAU', weight: '1' }, 'ØU', null] }, [`shares.1: ${SHARE_OBJECT}`, `shares.2: ${SHARE_OBJECT}`]],
  [
    'a committee twice',
    { shares: [{ committeeCode: 'SAU', weight: '1' }, { committeeCode: 'ÆHU', weight: '1' }, { committeeCode: 'SAU', weight: '2' }] },
    ['shares: hvert udvalg må kun have én andel (SAU står flere gange)'],
  ],
  [
    'unknown committees',
    { shares: [{ committeeCode: 'SAU', weight: '1' }, { committeeCode: 'BKU', weight: '1' }, { committeeCode: 'sau', weight: '1' }] },
    ['shares.1.committeeCode: udvalget BKU findes ikke', 'shares.2.committeeCode: udvalget sau findes ikke'],
  ],
  ['a missing committee code', { shares: [{ weight: '1' }] }, [`shares.0.committeeCode: ${CODE}`]],
  ['a weight as a JSON number', { shares: [{ committeeCode: 'SAU', weight: 1 }] }, [`shares.0.weight: ${WEIGHT}`]],
  ['a zero weight', { shares: [{ committeeCode: 'SAU', weight: '0' }] }, [`shares.0.weight: ${WEIGHT}`]],
  ['a negative weight', { shares: [{ committeeCode: 'SAU', weight: '-1' }] }, [`shares.0.weight: ${WEIGHT}`]],
  ['a weight with 7 decimals', { shares: [{ committeeCode: 'SAU', weight: '0.3333333' }] }, [`shares.0.weight: ${WEIGHT}`]],
  ['a weight with a decimal comma', { shares: [{ committeeCode: 'SAU', weight: '1,5' }] }, [`shares.0.weight: ${WEIGHT}`]],
  ['a missing weight', { shares: [{ committeeCode: 'ØU', weight: '1' }, { committeeCode: 'SAU' }] }, [`shares.1.weight: ${WEIGHT}`]],
  ['an unknown share field', { shares: [{ committeeCode: 'SAU', weight: '1', amount: '5' }] }, ['shares.0.amount: feltet kendes ikke']],
  ['an unknown field', { version: 1 }, ['version: feltet kendes ikke']],
];

const PATCH_CASES: [string, Record<string, unknown>, string[]][] = [
  ['the key code', { code: 'NYT', version: 1 }, ['code: feltet kendes ikke']],
  ['no version', { name: 'x' }, [VERSION]],
  ['version 0', { version: 0 }, [VERSION]],
  ['version as text', { version: '1' }, [VERSION]],
  ['a fractional version', { version: 1.5 }, [VERSION]],
  ['a version beyond PostgreSQL integer', { version: 2 ** 31 }, [VERSION]],
  ['a null administration', { administrationCode: null, version: 1 }, [`administrationCode: ${CODE}`]],
  ['a null dependsOnFreeMunicipality', { dependsOnFreeMunicipality: null, version: 1 }, ['dependsOnFreeMunicipality: skal være true eller false']],
  ['a null name', { name: null, version: 1 }, [`name: ${NAME}`, 'name: skal være tekst']],
  ['a null status', { status: null, version: 1 }, ['status: skal være active, paused eller closed']],
  ['a null startYear', { startYear: null, version: 1 }, YEAR],
  ['null shares', { shares: null, version: 1 }, [SHARES, `shares: ${SHARE_OBJECT}`]],
  ['an empty share list', { shares: [], version: 1 }, [SHARES]],
  ['a committee twice', { shares: [{ committeeCode: 'ØU', weight: '1' }, { committeeCode: 'ØU', weight: '1' }], version: 1 }, ['shares: hvert udvalg må kun have én andel (ØU står flere gange)']],
  ['an unknown committee', { shares: [{ committeeCode: 'BKU', weight: '1' }], version: 1 }, ['shares.0.committeeCode: udvalget BKU findes ikke']],
  ['a weight as a JSON number', { shares: [{ committeeCode: 'SAU', weight: 0.5 }], version: 1 }, [`shares.0.weight: ${WEIGHT}`]],
  ['an unknown administration', { administrationCode: 'BKF', version: 1 }, ['administrationCode: forvaltningen BKF findes ikke']],
  ['a 201-character name', { name: 'n'.repeat(201), version: 1 }, [`name: ${NAME}`]],
  ['startYear 2201', { startYear: 2201, version: 1 }, ['startYear: skal være et årstal til og med 2200']],
  ['an unknown status', { status: 'done', version: 1 }, ['status: skal være active, paused eller closed']],
];

describe('innovation tracks: every invalid field is a 400 that names it', () => {
  let s: TracksTestApp;
  let svr: unknown;

  beforeAll(async () => {
    s = await startTracksTestApp();
    svr = (await s.t.request('POST', '/api/tracks', { token: s.finance, body: svrBody() })).body;
  });
  afterAll(() => s.t.close());

  it.each(POST_CASES)('POST refuses %s', async (_, change, messages) => {
    const res = await s.t.request('POST', '/api/tracks', { token: s.finance, body: { ...svrBody({ code: 'NEW' }), ...change } });
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: messages });
    expect((await s.t.request('GET', '/api/tracks', { token: s.finance })).body).toEqual([svr]);
  });

  it.each(PATCH_CASES)('PATCH refuses %s and changes nothing', async (_, body, messages) => {
    const res = await s.t.request('PATCH', '/api/tracks/SVR', { token: s.finance, body });
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: messages });
    expect((await s.t.request('GET', '/api/tracks/SVR', { token: s.finance })).body).toEqual(svr);
  });

  it('names every bad field at once', async () => {
    const body = { code: 'ok', name: '', administrationCode: 'ÆHF', startYear: 1800, shares: [{ committeeCode: 'SAU', weight: 2 }] };
    const res = await s.t.request('POST', '/api/tracks', { token: s.finance, body });
    expect(res.body.message).toEqual([`name: ${NAME}`, 'startYear: skal være et årstal fra 1900', `shares.0.weight: ${WEIGHT}`]);
  });

  it('accepts the boundaries: 16-character code, 200-character name, 4000-character description, years 1900 and 2200', async () => {
    const edges = [
      svrBody({ code: 'Æ'.repeat(16), name: 'n'.repeat(200), description: 'd'.repeat(4000), startYear: 1900 }),
      svrBody({ code: 'a-_9', startYear: 2200, shares: [{ committeeCode: 'SAU', weight: '999999999999999.999999' }] }),
    ];
    for (const body of edges) {
      const res = await s.t.request('POST', '/api/tracks', { token: s.finance, body });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ code: body['code'], startYear: body['startYear'], shares: expect.any(Array) });
    }
  });
});
