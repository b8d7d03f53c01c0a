import { EXPORT_URLS, IMPORT_URLS, inFormat, REPORT_URLS, withQuery } from './file-urls';

describe('file URLs', () => {
  it('builds the export addresses with their filters, leaving out empty ones and encoding codes', () => {
    expect(EXPORT_URLS.allocation(2014)).toBe('/api/budget-years/2014/allocation/export');
    expect(EXPORT_URLS.savings(2014)).toBe('/api/budget-years/2014/savings/export');
    expect(EXPORT_URLS.savings(2014, { trackCode: '', committeeCode: 'ÆHU' })).toBe('/api/budget-years/2014/savings/export?committeeCode=%C3%86HU');
    expect(EXPORT_URLS.savings(2014, { trackCode: 'SVR', committeeCode: 'SAU' })).toBe('/api/budget-years/2014/savings/export?trackCode=SVR&committeeCode=SAU');
    expect(EXPORT_URLS.realisation(2014, 'administration')).toBe('/api/budget-years/2014/realisation/export?groupBy=administration');
    expect(EXPORT_URLS.framework(2014, 2)).toBe('/api/budget-years/2014/frameworks/2/export');
    expect(EXPORT_URLS.audit({ entityType: 'savings', entityId: '' })).toBe('/api/audit/export?entityType=savings');
  });

  it('adds the format to an export address, after its filters', () => {
    expect(inFormat(EXPORT_URLS.allocation(2014), 'xlsx')).toBe('/api/budget-years/2014/allocation/export?format=xlsx');
    expect(inFormat(EXPORT_URLS.realisation(2014, 'track'), 'csv')).toBe('/api/budget-years/2014/realisation/export?groupBy=track&format=csv');
    expect(withQuery('/x', { a: null, b: undefined, c: '' })).toBe('/x');
  });

  it('builds the import and report addresses', () => {
    expect(IMPORT_URLS.savings(2014, true)).toBe('/api/budget-years/2014/savings/import?dryRun=true');
    expect(IMPORT_URLS.framework(2014, false)).toBe('/api/budget-years/2014/frameworks/import?dryRun=false');
    expect(REPORT_URLS.committee(2014, 'ÆHU')).toBe('/api/budget-years/2014/reports/committee/%C3%86HU.pdf');
    expect(REPORT_URLS.director(2013)).toBe('/api/budget-years/2013/reports/director.pdf');
  });
});
