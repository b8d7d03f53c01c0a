import { ConsoleLogger, LogLevel as NestLogLevel } from '@nestjs/common';
import { AppConfig, LogLevel } from '@budgetspor/server/config';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'verbose'];
const NEST: Record<LogLevel, NestLogLevel> = {
  fatal: 'fatal', error: 'error', warn: 'warn', info: 'log', debug: 'debug', verbose: 'verbose',
};

/** Structured JSON logs outside development, readable lines in development. */
export function createLogger(config: AppConfig): ConsoleLogger {
  const levels = ORDER.slice(0, ORDER.indexOf(config.logLevel) + 1).map((l) => NEST[l]);
  return new ConsoleLogger({
    json: config.nodeEnv !== 'development',
    colors: config.nodeEnv === 'development',
    logLevels: levels,
    prefix: 'Budgetspor',
  });
}
