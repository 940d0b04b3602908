/** Sensitivity sweeps, shared by the app, the command line and the tests (pure: no DOM, no Node). */
export * from './design';
export * from './params';
export * from './metrics';
export * from './aggregate';
export * from './csv';
export * from './run';
export * from './catalog';
export * from './file';
