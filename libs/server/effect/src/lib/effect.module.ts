import { Module } from '@nestjs/common';
import { AnalysisController } from './analysis.controller';
import { AnalysisService } from './analysis.service';
import { EffectAccountController } from './effect-account.controller';
import { EffectAccountService } from './effect-account.service';
import { GoalsController } from './goals.controller';
import { GoalsService } from './goals.service';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsService } from './indicators.service';
import { PriceIndicesController } from './price-indices.controller';
import { PriceIndicesService } from './price-indices.service';

/**
 * Effect management and the directors' analysis: effect goals with indicators and yearly
 * values, the yearly effect account beside the tracks' savings, each entity across budget
 * rounds, and the price and wage index that converts between price levels.
 */
@Module({
  controllers: [GoalsController, IndicatorsController, EffectAccountController, AnalysisController, PriceIndicesController],
  providers: [GoalsService, IndicatorsService, EffectAccountService, AnalysisService, PriceIndicesService],
  exports: [GoalsService, IndicatorsService, PriceIndicesService],
})
export class EffectModule {}
