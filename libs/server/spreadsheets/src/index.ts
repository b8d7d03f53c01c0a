export * from './lib/spreadsheets.module';
/** For other domains' exports (the follow-up comparison): the table model and the XLSX/CSV download. */
export { type CellData, type Column, type Table } from './lib/table';
export { ExportFormatQuery } from './lib/export.dto';
export { toFile } from './lib/exports.service';
