export * from './lib/roles';
export * from './lib/passwords';
export * from './lib/auth.module';
export * from './lib/auth.guard';
export * from './lib/admin-bootstrap';
export * from './lib/users.service';
export * from './lib/users.dto';
