import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@budgetspor/server/audit';
import { AuthUser } from '@budgetspor/server/common';
import { GoalsService, IndicatorsService, PriceIndicesService } from '@budgetspor/server/effect';
import { DEMO_GOALS, DEMO_PRICE_INDICES, DEMO_PRICE_SOURCE, ILLUSTRATIVE_SOURCE } from './effect-demo';

/** Start-up writes as finance would make them, audited as the system. */
const SYSTEM_USER: AuthUser = { id: SYSTEM_ACTOR, email: SYSTEM_ACTOR, name: 'System', role: 'finance', committeeCodes: [] };

/** Loads the illustrative Odensemål, their indicators and values, and the price index, through the API's services. */
@Injectable()
export class EffectDemoLoader {
  constructor(
    private readonly goals: GoalsService,
    private readonly indicators: IndicatorsService,
    private readonly prices: PriceIndicesService,
  ) {}

  async load(): Promise<void> {
    for (const [year, index] of Object.entries(DEMO_PRICE_INDICES)) {
      await this.prices.put(Number(year), { index, source: DEMO_PRICE_SOURCE, illustrative: true }, SYSTEM_ACTOR);
    }
    for (const demo of DEMO_GOALS) {
      const { indicators, ...fields } = demo;
      const goal = await this.goals.create({ ...fields, level: 'municipal' }, SYSTEM_ACTOR);
      for (const { indicator, values } of indicators) {
        const created = await this.indicators.create(goal.id, indicator, SYSTEM_ACTOR);
        for (const [year, value] of Object.entries(values)) {
          const body = typeof value === 'string' ? { value } : { assessment: value[0], status: value[1] };
          await this.indicators.putValue(created.id, Number(year), { ...body, sourceNote: ILLUSTRATIVE_SOURCE }, SYSTEM_USER);
        }
      }
    }
  }
}
