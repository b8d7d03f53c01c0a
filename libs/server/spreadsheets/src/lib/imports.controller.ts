import { Controller, HttpException, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { actorOf, ApiSession, AuthUser, CurrentUser, FinanceOnly, Roles, statusText, YearParam } from '@budgetspor/server/common';
import { ImportQuery } from './export.dto';
import { FrameworkImportReport, FrameworkImportService } from './framework-import.service';
import { fileError, refusal } from './import-report';
import { FrameworkImportRefusedDto, FrameworkImportReportDto, SavingsImportRefusedDto, SavingsImportReportDto } from './import-report.dto';
import { SavingsImportReport, SavingsImportService } from './savings-import.service';
import { FileProblem, UploadedFile } from './sheet-reader';
import { SpreadsheetUpload, UploadedSpreadsheet } from './upload';

type Report = SavingsImportReport | FrameworkImportReport;

@ApiTags('Regneark')
@ApiSession()
@ApiParam({ name: 'year', type: Number, example: 2014, description: 'Budgetåret.' })
@ApiNotFoundResponse({ description: 'Budgetåret findes ikke.' })
@Controller('budget-years/:year')
export class ImportsController {
  constructor(
    private readonly savings: SavingsImportService,
    private readonly frameworks: FrameworkImportService,
  ) {}

  @Post('savings/import')
  @Roles('finance', 'committee')
  @SpreadsheetUpload()
  @ApiOperation({
    summary: 'Importér prognoser, realiseret, status og kommentarer fra besparelsesfilen (finance; committee for egne udvalg)',
    description:
      'Filen er den, GET …/savings/export lavede (XLSX eller CSV), evt. rettet i kolonnerne Prognose, Realiseret, Status og ' +
      'Kommentar. Rækkerne findes ved Id; Spor, Udvalg og År skal passe til rækken. Alt eller intet: hver række læses og ' +
      'sammenlignes først. En række, filen ville ændre, men hvis Version ikke længere er den i databasen, er en konflikt. ' +
      'Et committee-brugers ændring af et andet udvalgs række er en fejl. Rækker uden ændringer røres ikke. ' +
      'dryRun=true viser ændringerne (gammel → ny pr. celle) uden at gemme; ellers gemmes alle ændringer i én transaktion, ' +
      'hver række får ny version og én post i revisionssporet som ved PATCH /api/savings/{id}. ' +
      'Svar: 200 med rapporten; 400 med rapporten, når filen har fejl (også en fil, der ikke kan læses: fejl uden række); ' +
      '409 med rapporten, når der er konflikter og ingen fejl. Ved 400 og 409 er intet gemt.',
  })
  @ApiOkResponse({ type: SavingsImportReportDto })
  @ApiBadRequestResponse({ type: SavingsImportRefusedDto, description: 'Filen har fejl; errors lister dem (ark, række, kolonne, dansk besked).' })
  @ApiConflictResponse({ type: SavingsImportRefusedDto, description: 'Konflikter (conflicts), eller budgetåret er lukket (almindeligt fejlsvar).' })
  @ApiForbiddenResponse({ description: 'Kun finance og committee.' })
  async importSavings(
    @YearParam() year: number,
    @Query() query: ImportQuery,
    @UploadedSpreadsheet() file: UploadedFile,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<object> {
    const dryRun = query.dryRun === 'true';
    const report = await readOrReport(dryRun, () => this.savings.import(year, file, dryRun, user), savingsRefusal);
    return answer(res, report, report.errors.length, 'conflicts' in report ? report.conflicts.length : 0, 200);
  }

  @Post('frameworks/import')
  @FinanceOnly()
  @SpreadsheetUpload()
  @ApiOperation({
    summary: 'Udmeld næste revision af rammeudmeldingen fra en rammeudmeldingsfil (finance)',
    description:
      'Filen har rammeudmeldingsfilens opbygning (GET …/frameworks/{revision}/export): afsnittene Ramme (decidedOn, decidedBy, ' +
      'title, allocationMethod), Pulje (ét år pr. række, hele kroner) og Sporvægt (spor og vægt pr. række). Valideres som ' +
      'POST …/frameworks; hver fejl peger på sin celle. dryRun=true svarer 200 med revisionen, som den ville blive, og dens ' +
      'forskel fra den gældende; ellers oprettes revisionen som ved POST …/frameworks (201; revisionssporet og genberegning ' +
      'af fordelingen som dér). 400 med rapporten ved fejl; intet er gemt.',
  })
  @ApiOkResponse({ type: FrameworkImportReportDto, description: 'Prøvekørsel.' })
  @ApiCreatedResponse({ type: FrameworkImportReportDto, description: 'Revisionen er oprettet.' })
  @ApiBadRequestResponse({ type: FrameworkImportRefusedDto })
  @ApiConflictResponse({ description: 'Budgetåret er lukket.' })
  async importFramework(
    @YearParam() year: number,
    @Query() query: ImportQuery,
    @UploadedSpreadsheet() file: UploadedFile,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<object> {
    const dryRun = query.dryRun === 'true';
    const report = await readOrReport(dryRun, () => this.frameworks.import(year, file, dryRun, actorOf(user)), frameworkRefusal);
    return answer(res, report, report.errors.length, 0, dryRun ? 200 : 201);
  }
}

/** A file that cannot be read becomes a report with one file-level error (413 stays an HTTP error). */
async function readOrReport<T extends Report>(dryRun: boolean, run: () => Promise<T>, refused: (dryRun: boolean, message: string) => T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    if (error.status === 413) throw new HttpException(error.message, 413);
    return refused(dryRun, error.message);
  }
}

function savingsRefusal(dryRun: boolean, message: string): SavingsImportReport {
  return { dryRun, applied: false, rows: 0, changedRows: 0, errors: [fileError(message)], conflicts: [], changes: [] };
}

function frameworkRefusal(dryRun: boolean, message: string): FrameworkImportReport {
  return { dryRun, applied: false, errors: [fileError(message)], framework: null, diff: null };
}

/** The report with the status it earns; a refused one also carries the API's error fields. */
function answer(res: Response, report: Report, errors: number, conflicts: number, success: number): object {
  const refused = refusal(errors, conflicts);
  if (!refused) {
    res.status(success);
    return report;
  }
  res.status(refused.status);
  return { statusCode: refused.status, error: statusText(refused.status), message: refused.message, ...report };
}
