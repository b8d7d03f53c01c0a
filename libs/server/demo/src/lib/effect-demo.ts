/**
 * Demo effect management (Effektuniverset): ten Odensemål with two or three indicators each,
 * yearly values for the effect accounts the sources mention (2016–2019), the tracks that
 * serve each goal, and a price and wage index. The sources say that Odense's city council
 * has ten Odensemål (seed 000) but the transcript does not list them, so every title,
 * indicator and value here is illustrative and says so.
 */
import type { CreateIndicatorDto } from '@budgetspor/server/effect';

export const ILLUSTRATIVE_SOURCE = 'Illustrativ værdi (demodata)';

const GOAL_NOTE =
  'Illustrativt Odensemål: kilderne (Effektuniverset, seed 000) nævner byrådets 10 Odensemål uden at gengive dem; ' +
  'titel, indikatorer og værdier er demodata.';

/** One year's value: a decimal for a quantitative indicator, [assessment, status] for a qualitative one. */
type DemoValue = string | [string, 'achieved' | 'on_track' | 'at_risk' | 'off_track'];

export interface DemoIndicator {
  indicator: CreateIndicatorDto;
  values: Record<number, DemoValue>;
}

export interface DemoGoal {
  title: string;
  description: string;
  committeeCodes: string[];
  trackCodes: string[];
  indicators: DemoIndicator[];
}

/** Quantitative, baseline 2015 and target 2020; values 2016–2019 in order. */
function q(name: string, unit: string, direction: 'higher' | 'lower', baseline: string, target: string, values: [string, string, string, string]): DemoIndicator {
  return {
    indicator: { name, kind: 'quantitative', unit, direction, baselineYear: 2015, baselineValue: baseline, targetYear: 2020, targetValue: target },
    values: Object.fromEntries(values.map((v, i) => [2016 + i, v])),
  };
}

/** Qualitative, with assessments for some of the years. */
function qual(name: string, values: Record<number, DemoValue>): DemoIndicator {
  return { indicator: { name, kind: 'qualitative' }, values };
}

function goal(title: string, committeeCodes: string[], trackCodes: string[], indicators: DemoIndicator[]): DemoGoal {
  return { title, description: GOAL_NOTE, committeeCodes, trackCodes, indicators };
}

export const DEMO_GOALS: DemoGoal[] = [
  goal('Flere borgere er selvforsørgende', ['SAU'], ['SELV', 'SVR'], [
    q('Andel af 16-66-årige på offentlig forsørgelse', 'pct.', 'lower', '21.0', '18.0', ['20.6', '20.1', '19.5', '19.2']),
    q('Fuldtidspersoner på kontanthjælp', 'antal', 'lower', '6200', '5000', ['6150', '6020', '5900', '5880']),
  ]),
  goal('Alle børn lærer mere', ['BUU'], ['SBL'], [
    q('Andel elever med mindst 02 i dansk og matematik ved afgangsprøven', 'pct.', 'higher', '88.0', '93.0', ['88.9', '89.8', '90.6', '91.1']),
    qual('Effekt- og kvalitetssamtalen med skolerne', {
      2017: ['Samtalerne er gennemført på alle skoler og bruger ét fælles datasæt.', 'on_track'],
      2018: ['Skolerne følger op på læseindsatsen i 0.–6. klasse.', 'on_track'],
    }),
  ]),
  goal('Flere unge gennemfører en ungdomsuddannelse', ['BUU', 'SAU'], ['SVR', 'SBL'], [
    q('Andel unge med en ungdomsuddannelse seks år efter 9. klasse', 'pct.', 'higher', '78.0', '85.0', ['78.4', '79.0', '79.3', '79.6']),
    q('Frafald på erhvervsuddannelserne', 'pct.', 'lower', '30.0', '24.0', ['29.0', '28.1', '27.0', '26.2']),
  ]),
  goal('Flere borgere lever et sundt liv', ['ÆHU'], ['SUF'], [
    q('Forebyggelige indlæggelser pr. 1.000 borgere over 65 år', 'pr. 1.000', 'lower', '62.0', '50.0', ['61.0', '59.5', '57.0', '55.1']),
    q('Andel voksne, der ryger dagligt', 'pct.', 'lower', '17.0', '13.0', ['16.8', '16.9', '16.5', '16.4']),
  ]),
  goal('Flere ældre klarer sig selv', ['ÆHU'], ['LEV'], [
    q('Andel, der efter et rehabiliteringsforløb ikke har brug for hjemmehjælp', 'pct.', 'higher', '40.0', '55.0', ['43.0', '46.5', '50.0', '53.0']),
    q('Timer hjemmehjælp pr. modtager pr. uge', 'timer', 'lower', '4.2', '3.4', ['4.1', '3.9', '3.8', '3.7']),
    qual('Brug af velfærdsteknologi i hjemmeplejen', {
      2016: ['Skylletoiletter og spiserobotter afprøves.', 'on_track'],
      2018: ['Teknologierne er udbredt, men borgerne bruger dem mindre end ventet.', 'at_risk'],
    }),
  ]),
  goal('Borgere med handicap lever et selvstændigt liv', ['ÆHU', 'SAU'], ['SVR', 'LEV'], [
    q('Andel borgere med handicap i eget hjem frem for botilbud', 'pct.', 'higher', '55.0', '62.0', ['55.5', '56.0', '56.2', '56.5']),
    qual('Borgernes oplevede selvstændighed', { 2017: ['Brugerundersøgelsen viser et uændret billede.', 'at_risk'] }),
  ]),
  goal('Flere borgere er en del af et fællesskab', ['ØU'], ['VIF', 'UKS'], [
    q('Aktive frivillige i kommunale indsatser', 'antal', 'higher', '3000', '4500', ['3300', '3650', '4000', '4300']),
    q('Andel borgere, der ofte føler sig ensomme', 'pct.', 'lower', '6.0', '4.5', ['5.9', '5.8', '5.8', '5.7']),
    qual('Velfærdseksperimentarier i Bolbro og Dalum', {
      2016: ['Borgere, foreninger og medarbejdere udvikler nye løsninger sammen.', 'on_track'],
      2019: ['Erfaringerne er samlet og udbredt til to nye bydele.', 'achieved'],
    }),
  ]),
  goal('Odense vokser med flere arbejdspladser', ['ØU'], ['VOU'], [
    q('Private arbejdspladser i Odense', 'antal', 'higher', '82000', '90000', ['83500', '85200', '87000', '88400']),
    q('Turistovernatninger', 'antal', 'higher', '900000', '1100000', ['930000', '980000', '1040000', '1100000']),
  ]),
  goal('Kommunens bygninger understøtter velfærden', ['BKU'], ['BYG'], [
    q('Energiforbrug i kommunale bygninger', 'kWh pr. m²', 'lower', '150', '120', ['147', '141', '136', '131']),
    q('Andel bygninger i god vedligeholdelsesstand', 'pct.', 'higher', '60.0', '75.0', ['61.0', '63.0', '66.5', '69.0']),
  ]),
  goal('Borgerne oplever sammenhængende velfærd', ['ØU', 'ÆHU', 'SAU', 'BUU'], ['SVR', 'UKS'], [
    q('Andel komplekse sager med én koordinerende sagsbehandler', 'pct.', 'higher', '20.0', '60.0', ['26.0', '33.0', '41.0', '49.0']),
    qual('Borgerpanelets vurdering af sammenhæng på tværs af forvaltningerne', {
      2016: ['Borgerne oplever flere overgange mellem forvaltningerne.', 'off_track'],
      2019: ['Færre overgange; koordinerende sagsbehandler hjælper.', 'on_track'],
    }),
  ]),
];

/** An illustrative price and wage index (2016 = 100): not KL's figures. */
export const DEMO_PRICE_INDICES: Record<number, string> = {
  2013: '96.0', 2014: '97.5', 2015: '99.0', 2016: '100', 2017: '101.6', 2018: '103.2', 2019: '104.9',
};

export const DEMO_PRICE_SOURCE = 'Illustrativt pris- og lønindeks (demodata), ikke KL’s P/L-skøn';
