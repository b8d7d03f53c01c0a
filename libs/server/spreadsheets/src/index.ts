export * from './lib/spreadsheets.module';
