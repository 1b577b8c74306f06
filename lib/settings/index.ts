export * from './schema';
export * from './sites';
