export * from './lib/savings.module';
export * from './lib/savings.service';
export * from './lib/realisation.service';
export * from './lib/savings.dto';
export * from './lib/realisation.dto';
export { kronerFromNumeric, oreFromNumeric } from './lib/amounts';
export { realisationRate } from './lib/amounts';
