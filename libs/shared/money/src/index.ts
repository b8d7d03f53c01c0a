export { MoneyError, type MoneyErrorCode } from './lib/money-error';
export {
  MAX_INTEGER_DIGITS,
  MAX_ORE,
  ORE_PER_KRONE,
  type ParseKronerOptions,
  addKroner,
  isKronerString,
  parseKroner,
  sumOre,
  toKronerString,
  tryParseKroner,
} from './lib/kroner';
export {
  type FormatMoneyOptions,
  type FormatOptions,
  type MoneyInput,
  type MoneyLanguage,
  type MoneyStyle,
  formatKroner,
  formatMio,
  formatMoney,
  groupThousands,
} from './lib/format';
export { compareCodePoints } from './lib/code-points';
export {
  WEIGHT_DECIMALS,
  type ApportionPart,
  type ApportionResult,
  type Ratio,
  apportion,
  normaliseWeight,
  parseWeight,
  toWeightString,
} from './lib/apportion';
