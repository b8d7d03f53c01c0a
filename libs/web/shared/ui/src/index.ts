export * from './lib/status-badge/status-badge';
export * from './lib/dialog/dialog';
