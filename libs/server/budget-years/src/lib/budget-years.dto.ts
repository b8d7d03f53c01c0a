import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsOmittable, IsShortText, IsVersion, IsYear } from '@budgetspor/server/common';

/** The round's life: it only ever moves forward, one or more steps at a time. */
export const BUDGET_YEAR_STATUSES = ['draft', 'framework_announced', 'agreed', 'closed'] as const;
export type BudgetYearStatus = (typeof BUDGET_YEAR_STATUSES)[number];

export class CreateBudgetYearDto {
  @ApiProperty({ example: 2014, description: 'Budgetåret; runden dækker det og tre overslagsår.' })
  @IsYear()
  year!: number;

  @ApiProperty({ example: 'Budget 2014' })
  @IsShortText()
  title!: string;

  @ApiPropertyOptional({ example: 2014, description: 'Prisniveau (fx "2014-pris"). Standard: budgetåret selv.' })
  @IsOmittable()
  @IsYear()
  priceLevelYear?: number;
}

export class UpdateBudgetYearDto {
  @ApiPropertyOptional({
    enum: BUDGET_YEAR_STATUSES,
    example: 'framework_announced',
    description: 'Kun fremad, ét eller flere trin: draft → framework_announced → agreed → closed.',
  })
  @IsOmittable()
  @IsIn(BUDGET_YEAR_STATUSES, { message: 'skal være draft, framework_announced, agreed eller closed' })
  status?: BudgetYearStatus;

  @ApiPropertyOptional({ example: 'Budget 2014 – Ny virkelighed, ny velfærd' })
  @IsOmittable()
  @IsShortText()
  title?: string;

  @ApiPropertyOptional({ example: 2014 })
  @IsOmittable()
  @IsYear()
  priceLevelYear?: number;

  @ApiProperty({ example: 1, description: 'Den version, du læste.' })
  @IsVersion()
  version!: number;
}

export class BudgetYearDto {
  @ApiProperty({ example: 2014 }) year!: number;
  @ApiProperty({ example: 'Budget 2014' }) title!: string;
  @ApiProperty({ example: 2014 }) priceLevelYear!: number;
  @ApiProperty({ enum: BUDGET_YEAR_STATUSES, example: 'draft' }) status!: BudgetYearStatus;
  @ApiProperty({ type: [Number], example: [2014, 2015, 2016, 2017], description: 'Budgetåret og de tre overslagsår.' })
  periodYears!: number[];
  @ApiProperty({ example: 1 }) version!: number;
}
