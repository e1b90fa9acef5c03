export * from './roles';
export * from './permissions';
export * from './partnership-vocabulary';
export * from './organisation-vocabulary';
export * from './status-transitions';
export * from './records';
export * from './sdg/sdg-goals';
export * from './sdg/sdg-targets';
