/** End-to-end harness: fixture web behind a local proxy, both browsers behind one page driver. */
export * from './browsers';
export * from './fixture-proxy';
export * from './fixture-routes';
export * from './marks';
export * from './page-driver';
export * from './paths';
export * from './session';
export * from './zip-entries';
export * from './phone';
