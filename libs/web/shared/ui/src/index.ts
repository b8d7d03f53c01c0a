export * from './lib/status-badge/status-badge';
export * from './lib/dialog/dialog';
export * from './lib/scroll-region/scroll-region';
