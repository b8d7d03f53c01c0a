export { priceLevelLabel } from './lib/price-level';
export { PRICE_LEVEL_DOC, PriceLevelQuery } from './lib/price-level.query';
export { kronerConverter, type PriceConverter, priceConverter } from './lib/price-converter';
