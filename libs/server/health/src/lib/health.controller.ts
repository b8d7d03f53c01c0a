import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { pingRedis, PRODUCER_REDIS } from '@budgetspor/server/queue';
import { Public } from '@budgetspor/server/auth';
import { HealthDto } from './health.dto';

const CHECK_TIMEOUT_MS = 1000;

@ApiTags('System')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PRODUCER_REDIS) private readonly redis: Redis,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: HealthDto, description: 'Database og Redis svarer.' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'Mindst én del er nede; den er markeret "down".' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    const [db, redis] = await Promise.all([this.databaseUp(), pingRedis(this.redis, CHECK_TIMEOUT_MS)]);
    const up = db && redis;
    res.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: up ? 'ok' : 'error', db: db ? 'up' : 'down', redis: redis ? 'up' : 'down' };
  }

  private async databaseUp(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS))),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
