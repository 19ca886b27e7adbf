import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

describe('logger', () => {
  it('writes one JSON object per line with the base fields, each child adding its own', () => {
    const lines: string[] = [];
    const root = createLogger({ base: { service: 'steward' }, write: (l) => lines.push(l) });
    const request = root.child({ requestId: 'r-1' });
    request.info('request', { path: '/trpc/system.info', status: 200 });
    request.child({ step: 'a' }).warn('slow', { ms: 12.5 });
    root.error('plain');
    const [first, second, third] = lines.map((l) => JSON.parse(l));
    expect(first).toMatchObject({
      level: 'info',
      msg: 'request',
      service: 'steward',
      requestId: 'r-1',
      path: '/trpc/system.info',
      status: 200,
    });
    expect(Number.isNaN(Date.parse(first.time))).toBe(false);
    expect(second).toMatchObject({ level: 'warn', requestId: 'r-1', step: 'a', ms: 12.5 });
    expect(third).toEqual({ time: third.time, level: 'error', msg: 'plain', service: 'steward' });
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
  });

  it('leaves out lines below its level, and a line field wins over a base field of the same name', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'warn', base: { where: 'base' }, write: (l) => lines.push(l) });
    log.info('dropped');
    log.debug('dropped');
    log.warn('kept', { where: 'line', quote: 'a "b"\n' });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'kept', where: 'line', quote: 'a "b"\n' });
  });
});
