export * from './lib/status-badge/status-badge';
