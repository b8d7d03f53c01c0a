export * from './lib/server-organisation';
