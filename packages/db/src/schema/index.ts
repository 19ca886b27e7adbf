export * from './audit.ts';
export * from './grants.ts';
export * from './memberships.ts';
export * from './outbox.ts';
export * from './sessions.ts';
export * from './sites.ts';
export * from './tenants.ts';
export * from './users.ts';
