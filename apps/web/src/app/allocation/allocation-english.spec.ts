import { TestBed } from '@angular/core/testing';
import type { AllocationView, CellExplanation } from './allocation.models';
import { inEnglish, text } from '../../locale/english-testing';

/**
 * The allocation for an English user: the texts, and money and numbers the English way. As in
 * locale/english.spec.ts, the app's modules are imported only after locale-init.ts has run.
 */
describe('the allocation in English', () => {
  inEnglish();

  const VIEW: AllocationView = {
    run: null,
    cells: [{ trackCode: 'SELV', committeeCode: 'SAU', year: 2014, amount: '1274073.14' }],
    unallocated: { '2015': '1032000' },
    priceLevel: 2016,
  };

  it('labels the grid with its price level and writes the amounts the English way', async () => {
    const { buildAllocationTable } = await import('./allocation-table');
    const { AllocationGrid } = await import('./allocation-grid');
    const table = buildAllocationTable([2014, 2015], VIEW, [{ code: 'SELV', name: 'Self-reliant citizens' }], [], 2014);
    const fixture = TestBed.createComponent(AllocationGrid);
    fixture.componentRef.setInput('table', table);
    await fixture.whenStable();
    const grid = fixture.nativeElement as HTMLElement;

    expect(text(grid.querySelector('caption'))).toBe('Allocation by track, committee and year (DKK, 2016 prices)');
    expect(Array.from(grid.querySelectorAll('thead th'), text)).toEqual(['Track', 'Committee', '2014', '2015', 'Total']);
    expect(Array.from(grid.querySelectorAll('tfoot tr[data-line=pool] > *'), text)).toEqual([
      'Pool', 'DKK 1,274,073.14', 'DKK 1,032,000', 'DKK 2,306,073.14',
    ]);
    expect(text(grid.querySelector('tr[data-line=unallocated] th'))).toBe('Not allocated (no track could take the pool)');
  });

  it('names the chart and its axis with the price level', async () => {
    const { buildAllocationTable } = await import('./allocation-table');
    const { buildPoolChart, formatAxisMio } = await import('./pool-chart');
    const config = buildPoolChart(buildAllocationTable([2014, 2015], VIEW, [], [], 2014));
    expect(config.options?.scales?.['y']?.title).toEqual(expect.objectContaining({ text: 'DKK m, 2016 prices' }));
    expect(config.data.datasets.at(-1)?.label).toBe('Not allocated');
    expect(formatAxisMio(125.8)).toBe('125.8');
  });

  it('explains a cell in English sentences with English numbers', async () => {
    const { explanationSteps } = await import('./explanation-text');
    const third = { num: '100000000', den: '3', decimal: '33333333.333333', exact: false };
    const e: CellExplanation = {
      year: 2014, trackCode: 'SELV', committeeCode: 'SAU', pool: '100000000', eligibleTracks: 2, trackWeight: '1', sumOfWeights: '3',
      trackQuota: third, trackFloor: '33333333', trackRemainder: { num: '1', den: '3', decimal: '0.333333', exact: false },
      trackLeftover: '1', trackGotExtra: false, trackAmount: '33333333', shareWeight: '1', sumOfShareWeights: '1',
      committeeQuota: { num: '33333333', den: '1', decimal: '33333333', exact: true }, committeeFloor: '33333333',
      committeeRemainder: { num: '0', den: '1', decimal: '0', exact: true }, committeeLeftover: '0', committeeGotExtra: false, amount: '33333333',
    };
    const [one, two] = explanationSteps(e);
    expect(one.heading).toBe("Step 1 – the track's share of the pool for 2014");
    expect(one.lines).toEqual([
      'The pool for 2014 is DKK 100,000,000 and is allocated by weight among 2 tracks.',
      'The track has the weight 1 out of a total of 3.',
      'Quota (pool × weight ÷ total weight): approx. DKK 33,333,333.333333',
      'Whole kroner: DKK 33,333,333, remainder: approx. DKK 0.333333',
      'The track did not get the one leftover krone; it went to a track with a larger remainder.',
      'The track got DKK 33,333,333',
    ]);
    expect(two.lines.at(-1)).toBe('The amount in the cell is therefore DKK 33,333,333');
  });

  it('names the run states', async () => {
    const { RUN_STATUS_LABELS } = await import('./allocation.models');
    expect(Object.values(RUN_STATUS_LABELS)).toEqual(['Queued', 'Computing', 'Completed', 'Failed']);
  });
});
