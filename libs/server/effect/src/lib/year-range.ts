import { BadRequestException } from '@nestjs/common';

/** The years the schema holds (as IsYear checks bodies); `YearParam` checks only the digits. */
export function assertYearInRange(year: number, name = 'year'): number {
  if (year < 1900 || year > 2200) throw new BadRequestException([`${name}: skal være et årstal fra 1900 til 2200`]);
  return year;
}
