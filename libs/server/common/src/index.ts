export * from './lib/http-exception.filter';
export * from './lib/validation';
export * from './lib/validators';
export * from './lib/versioned-update';
export * from './lib/roles';
export * from './lib/api-docs';
export * from './lib/int-param';
export * from './lib/sql';
