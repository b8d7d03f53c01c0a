import { Controller, Get, Header, Param, Query, StreamableFile, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiSession, YearParam } from '@budgetspor/server/common';
import { priceLevelLabel, PriceLevelQuery } from '@budgetspor/server/price-levels';
import { ReportsService } from './reports.service';
import { AuditExportInterceptor } from '@budgetspor/server/audit';

const PDF_NOTE =
  'A4-PDF med dansk talformat, sidetal, udskrivningstidspunkt og den revision af rammeudmeldingen, som den gældende ' +
  'fordeling (og dermed "forventet") bygger på. Tallene er de samme som i GET …/savings og …/realisation. Med ?priceLevel ' +
  'er beløbene omregnet som der, beløbskolonnernes overskrifter og grundlaget angiver prisniveauet (fx "Forventet (kr., ' +
  '2016-pris)"), og filnavnet ender på -2016-pris; uden står de i budgetrundens eget prisniveau, som rapporten også angiver.';

/** The printable reports (everyone logged in may read them, as they may read the figures). */
@ApiTags('Rapporter')
@ApiSession()
@ApiParam({ name: 'year', type: Number, example: 2014, description: 'Budgetåret.' })
@UseInterceptors(AuditExportInterceptor)
@Controller('budget-years/:year/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('committee/:code.pdf')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'Udvalgsrapport som PDF (alle roller)',
    description: `Ét udvalg, ét budgetår: nøgletal, et søjlediagram og en tabel pr. spor, og hvert spors år med forventet, prognose, realiseret, status og kommentarer. ${PDF_NOTE}`,
  })
  @ApiParam({ name: 'code', example: 'SAU', description: 'Udvalgets kode (procentkodet, fx %C3%86HU).' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF-filen, fx udvalgsrapport-2014-SAU.pdf.' })
  @ApiNotFoundResponse({ description: 'Budgetåret eller udvalget findes ikke.' })
  @ApiBadRequestResponse({ description: 'Ugyldigt priceLevel, eller et pris- og lønindeks mangler.' })
  async committee(@YearParam() year: number, @Param('code') code: string, @Query() { priceLevel }: PriceLevelQuery): Promise<StreamableFile> {
    return pdfFile(await this.reports.committeePdf(year, code, priceLevel), `udvalgsrapport-${year}-${code}${suffix(priceLevel)}.pdf`);
  }

  @Get('director.pdf')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'Direktionsrapport som PDF (alle roller)',
    description: `Realiseringen af hele budgetåret pr. spor, udvalg, forvaltning og år, hver som diagram med tallene i en tabel under. ${PDF_NOTE}`,
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF-filen, fx direktionsrapport-2014.pdf.' })
  @ApiNotFoundResponse({ description: 'Budgetåret findes ikke.' })
  @ApiBadRequestResponse({ description: 'Ugyldigt priceLevel, eller et pris- og lønindeks mangler.' })
  async director(@YearParam() year: number, @Query() { priceLevel }: PriceLevelQuery): Promise<StreamableFile> {
    return pdfFile(await this.reports.directorPdf(year, priceLevel), `direktionsrapport-${year}${suffix(priceLevel)}.pdf`);
  }
}

const suffix = (priceLevel: number | undefined) => (priceLevel === undefined ? '' : `-${priceLevelLabel(priceLevel)}`);

/**
 * Inline, so a link opens the PDF in the browser's viewer; the name for "save as". Header
 * values must be ASCII: a code like ÆHU gets an ASCII fallback name and the exact one in
 * RFC 5987's `filename*`.
 */
function pdfFile(body: Buffer, fileName: string): StreamableFile {
  const ascii = fileName.replace(/Æ/g, 'AE').replace(/æ/g, 'ae').replace(/Ø/g, 'OE').replace(/ø/g, 'oe').replace(/Å/g, 'AA').replace(/å/g, 'aa').replace(/[^\w.-]/g, '_');
  const disposition = `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
  return new StreamableFile(body, { type: 'application/pdf', disposition, length: body.length });
}
