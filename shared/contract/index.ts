export * from './commands';
export * from './events';
export * from './result';
export * from './channels';
export * from './bridge';
