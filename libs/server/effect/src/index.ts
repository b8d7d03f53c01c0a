export * from './lib/effect.module';
export * from './lib/goals.service';
export * from './lib/goals.dto';
export * from './lib/indicators.service';
export * from './lib/indicators.dto';
export * from './lib/price-indices.service';
export * from './lib/price-indices.dto';
