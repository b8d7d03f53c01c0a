import { ANALYSIS_KINDS, frameworkText, kindForSlug, shortDate } from './analysis.models';

describe('analysis texts', () => {
  it('writes a decision date short, as each language does', () => {
    expect(shortDate('2013-02-02')).toBe('02.02.2013');
    expect(shortDate('2013-02-02', 'en')).toBe('02/02/2013');
    expect(shortDate('not a date')).toBe('not a date');
    expect(frameworkText({ revision: 2, decidedOn: '2013-02-02', decidedBy: 'ØU', title: 'Ramme 2014', allocationMethod: 'top_down' })).toBe(
      'Revision 2: Ramme 2014 (ØU, 02.02.2013)',
    );
    expect(frameworkText(null)).toBe('Ingen fordeling endnu');
  });

  it('has whole sentences for each kind, with the code in them', () => {
    expect(ANALYSIS_KINDS.map((k) => k.title('X'))).toEqual(['Analyse af sporet X', 'Analyse af udvalget X', 'Analyse af forvaltningen X']);
    expect(kindForSlug('udvalg')?.noSavings('SAU')).toBe(
      'Udvalget SAU har ingen besparelser i nogen budgetrunde endnu. De opstår, når en rammeudmelding fordeler innovationspuljen på udvalget.',
    );
    expect(kindForSlug('nope')).toBeNull();
  });
});
