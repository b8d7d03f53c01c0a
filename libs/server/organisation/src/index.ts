export * from './lib/organisation.module';
export * from './lib/organisation.service';
export * from './lib/organisation.dto';
