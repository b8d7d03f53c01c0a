import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, ValidateBy } from 'class-validator';

export const PRICE_LEVEL_DOC =
  'Vis beløbene i dette års prisniveau: beløb × indeks(priceLevel) ÷ indeks(beløbets prisniveau) efter /api/price-indices, ' +
  'regnet eksakt af hver (uafrundede) sum og afrundet én gang til hele øre, halvt væk fra nul. Udeladt: hvert beløb i ' +
  'sin budgetrundes eget prisniveau (priceLevelYear). Hvert beløb angiver sit prisniveau i priceLevel. 400 når et nødvendigt indeks mangler.';

/** `?priceLevel=2016`: a year, judged on its raw text (only plain digits become a number). */
export class PriceLevelQuery {
  @ApiPropertyOptional({ type: 'integer', example: 2016, description: PRICE_LEVEL_DOC })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value))
  @ValidateBy({
    name: 'priceLevel',
    validator: {
      validate: (v) => typeof v === 'number' && v >= 1900 && v <= 2200,
      defaultMessage: () => 'skal være et årstal fra 1900 til 2200, fx 2016',
    },
  })
  priceLevel?: number;
}
