export * from './schema';
export * from './site-status';
