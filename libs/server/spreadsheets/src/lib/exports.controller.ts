import { Controller, Get, Query, StreamableFile, UseInterceptors, applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiSession, RevisionParam, Roles, YearParam } from '@budgetspor/server/common';
import { AllocationExportQuery, AuditExportQuery, ExportFormatQuery, RealisationExportQuery, SavingsExportQuery } from './export.dto';
import { ExportsService } from './exports.service';
import { AuditExportInterceptor } from '@budgetspor/server/audit';

const FILE_FORMATS =
  'XLSX (standard): tal som rigtige tal med danske talformater (#,##0 og #,##0.00), dansk overskriftsrække, frosne ' +
  'overskrifter, autofilter og kolonnebredder efter indholdet. CSV (?format=csv): UTF-8 med BOM, ";" og decimalkomma ' +
  '(?delimiter=,&decimal=. for andre værktøjer). Tekstceller, der begynder med = + - @, tabulator eller linjeskift, får en ' +
  'foranstillet apostrof mod formelindsprøjtning; tal, som eksporten selv skriver (fx -1250,50), er tal og får den ikke, ' +
  'så de kan importeres igen.';

const PRICE_LEVEL_FILE =
  'Med ?priceLevel er beløbene omregnet som i JSON-svaret, hver beløbskolonnes overskrift angiver prisniveauet ' +
  '(fx "Forventet (kr., 2016-pris)"), og filnavnet ender på -2016-pris.';

/** Every export: a file download, documented alike. */
function ApiFileExport(summary: string, description = ''): MethodDecorator {
  return applyDecorators(
    ApiOperation({ summary, description: `${description} ${FILE_FORMATS}`.trim() }),
    ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'),
    ApiResponse({ status: 200, description: 'Filen; navnet står i Content-Disposition, fx besparelser-2014.xlsx.' }),
    ApiBadRequestResponse({ description: 'Ugyldig parameter, fx "format: skal være xlsx eller csv".' }),
  );
}

const ApiYear = () =>
  applyDecorators(
    ApiParam({ name: 'year', type: Number, example: 2014, description: 'Budgetåret.' }),
    ApiNotFoundResponse({ description: 'Budgetåret findes ikke.' }),
  );

@ApiTags('Regneark')
@ApiSession()
@UseInterceptors(AuditExportInterceptor)
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('budget-years/:year/savings/export')
  @ApiYear()
  @ApiFileExport(
    'Besparelserne som regneark (alle roller)',
    'Samme rækker og filtre som GET …/savings. Kolonnerne Id og Version (skjult i XLSX) gør, at filen kan importeres igen; ' +
      'status skrives med dansk tekst ("På sporet", "I risiko", "Ikke på sporet", "Realiseret"). ' +
      PRICE_LEVEL_FILE +
      ' En sådan fil kan ikke importeres igen: importen tager kun beløb i budgetrundens eget prisniveau.',
  )
  savings(@YearParam() year: number, @Query() query: SavingsExportQuery): Promise<StreamableFile> {
    return this.exports.savingsFile(year, query);
  }

  @Get('budget-years/:year/allocation/export')
  @ApiYear()
  @ApiFileExport(
    'Den gældende fordeling som regneark (alle roller)',
    'Én række pr. spor × udvalg × år (Type "Fordelt"), derefter år uden modtagende spor ("Ikke fordelt") og i budmodellen puljen minus buddene ("Udækket"). ' +
      PRICE_LEVEL_FILE,
  )
  allocation(@YearParam() year: number, @Query() query: AllocationExportQuery): Promise<StreamableFile> {
    return this.exports.allocationFile(year, query);
  }

  @Get('budget-years/:year/realisation/export')
  @ApiYear()
  @ApiFileExport(
    'Realiseringsgraden som regneark (alle roller)',
    `Samme grupper, filtre og summer som GET …/realisation, plus en række "I alt". ${PRICE_LEVEL_FILE} Realiseringsgraden er den samme med og uden.`,
  )
  realisation(@YearParam() year: number, @Query() query: RealisationExportQuery): Promise<StreamableFile> {
    return this.exports.realisationFile(year, query);
  }

  @Get('budget-years/:year/frameworks/:revision/export')
  @ApiYear()
  @ApiParam({ name: 'revision', type: Number, example: 1 })
  @ApiFileExport(
    'En revision af rammeudmeldingen som regneark (alle roller)',
    'Kolonnerne Afsnit, Nøgle, Beskrivelse og Værdi; afsnittene Info (læses ikke ved import), Ramme, Pulje og Sporvægt. ' +
      'Ret filen og importér den med POST …/frameworks/import for at udmelde næste revision.',
  )
  framework(@YearParam() year: number, @RevisionParam() revision: number, @Query() query: ExportFormatQuery): Promise<StreamableFile> {
    return this.exports.frameworkFile(year, revision, query);
  }

  @Get('audit/export')
  @Roles('finance', 'director', 'admin')
  @ApiForbiddenResponse({ description: 'Kun finance, director og admin.' })
  @ApiFileExport('Revisionssporet som regneark (finance, director, admin)', 'Samme filtre som GET /api/audit; højst limit rækker (standard og højst 50.000), nyeste først.')
  audit(@Query() query: AuditExportQuery): Promise<StreamableFile> {
    return this.exports.auditFile(query);
  }
}
