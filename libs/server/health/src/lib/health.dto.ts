import { ApiProperty } from '@nestjs/swagger';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'], example: 'ok' })
  status!: 'ok' | 'error';
  @ApiProperty({ enum: ['up', 'down'], example: 'up' })
  db!: 'up' | 'down';
  @ApiProperty({ enum: ['up', 'down'], example: 'up' })
  redis!: 'up' | 'down';
}
