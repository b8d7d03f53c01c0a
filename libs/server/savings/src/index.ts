export * from './lib/savings.module';
export * from './lib/savings.service';
export * from './lib/realisation.service';
export * from './lib/savings.dto';
export * from './lib/realisation.dto';
export { realisationRate } from './lib/amounts';
