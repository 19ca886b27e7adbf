export * from './quarters.ts';
export * from './satisfaction.ts';
