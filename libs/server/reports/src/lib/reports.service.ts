import { Injectable } from '@nestjs/common';
import { AllocationService } from '@budgetspor/server/allocation';
import { BudgetYearsService } from '@budgetspor/server/budget-years';
import { FrameworksService } from '@budgetspor/server/frameworks';
import { OrganisationService } from '@budgetspor/server/organisation';
import { RealisationService, SavingsService } from '@budgetspor/server/savings';
import { TracksService } from '@budgetspor/server/tracks';
import { committeeReport } from './committee-report';
import { directorReport, Grouping } from './director-report';
import { renderPdf } from './pdf-renderer';
import { ReportBasis, ReportMeta } from './report-layout';

/**
 * Reads what a report shows through the services behind the JSON endpoints (so a paper says
 * what the API says), builds the document with the pure builders and renders it.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly budgetYears: BudgetYearsService,
    private readonly savings: SavingsService,
    private readonly realisation: RealisationService,
    private readonly allocation: AllocationService,
    private readonly frameworks: FrameworksService,
    private readonly organisation: OrganisationService,
    private readonly tracks: TracksService,
  ) {}

  /**
   * 404 for an unknown year or committee (the messages of those endpoints). With `priceLevel`
   * every amount at that price level, as `?priceLevel=` gives them (400 when an index is missing).
   */
  async committeePdf(year: number, committeeCode: string, priceLevel?: number): Promise<Buffer> {
    const meta = await this.meta(year, priceLevel);
    const [committee, rows, byTrack, tracks] = await Promise.all([
      this.organisation.getCommittee(committeeCode),
      this.savings.list(year, { committeeCode, priceLevel }),
      this.realisation.realisation(year, { groupBy: 'track', committeeCode, priceLevel }),
      this.tracks.list(),
    ]);
    return renderPdf(
      committeeReport({
        ...meta,
        committee,
        rows,
        byTrack: byTrack.groups,
        total: byTrack.total,
        trackNames: new Map(tracks.map((t) => [t.code, t.name])),
      }),
    );
  }

  async directorPdf(year: number, priceLevel?: number): Promise<Buffer> {
    const meta = await this.meta(year, priceLevel);
    const sumsBy = (groupBy: Grouping) => this.realisation.realisation(year, { groupBy, priceLevel });
    const [track, committee, administration, byYear, tracks, committees, administrations] = await Promise.all([
      sumsBy('track'),
      sumsBy('committee'),
      sumsBy('administration'),
      sumsBy('year'),
      this.tracks.list(),
      this.organisation.listCommittees(),
      this.organisation.listAdministrations(),
    ]);
    const byName = (list: readonly { code: string; name: string }[]) => new Map(list.map((x) => [x.code, x.name]));
    return renderPdf(
      directorReport({
        ...meta,
        realisation: { track, committee, administration, year: byYear },
        names: { track: byName(tracks), committee: byName(committees), administration: byName(administrations) },
      }),
    );
  }

  /** The year and the rammeudmelding revision of its current allocation: what "expected" rests on. */
  private async meta(year: number, priceLevel: number | undefined): Promise<ReportMeta> {
    const budgetYear = await this.budgetYears.get(year);
    const run = await this.allocation.currentRun(year);
    let basis: ReportBasis = { framework: null, allocatedAt: null };
    if (run?.frameworkRevision) {
      const framework = await this.frameworks.get(year, run.frameworkRevision);
      basis = { framework, allocatedAt: run.finishedAt };
    }
    return {
      year, budgetTitle: budgetYear.title, periodYears: budgetYear.periodYears, printedAt: new Date(), basis,
      priceLevel: priceLevel ?? budgetYear.priceLevelYear, ownPriceLevel: budgetYear.priceLevelYear,
    };
  }
}
