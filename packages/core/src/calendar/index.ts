export * from './dates.ts';
export * from './sla.ts';
export * from './time-zone.ts';
export * from './working-calendar.ts';
export * from './working-days.ts';
