export * from './lib/server-health';
