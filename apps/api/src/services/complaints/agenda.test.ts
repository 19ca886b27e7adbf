import { describe, expect, it } from 'vitest';
import { buildAgenda, trendOf } from './agenda.ts';
import { newTrackingCode, normalizeTrackingCode } from './codes.ts';
import { hitWindow } from './rate-limit.ts';

describe('the joint meeting agenda', () => {
  it('groups the period’s complaints, most reported first, with the previous period’s count', () => {
    const row = (category: string, current: boolean, siteId = 's1') => ({
      serviceLineId: category,
      category,
      siteId,
      current,
    });
    const agenda = buildAgenda([
      row('catering', true),
      row('catering', true),
      row('catering', false),
      row('security', true),
      row('security', false),
      row('security', false),
      row('cleaning', false),
      row('catering', true, 's2'),
    ]);
    expect(agenda.map((a) => [a.category, a.siteId, a.count, a.previousCount])).toEqual([
      ['catering', 's1', 2, 1],
      ['catering', 's2', 1, 0],
      ['security', 's1', 1, 2],
    ]);
    expect(agenda.map(trendOf)).toEqual(['up', 'up', 'down']);
  });
});

describe('public rate limit window', () => {
  it('allows the limit per window, then answers with the wait', () => {
    const rule = { limit: 2, windowMs: 60_000 };
    const first = hitWindow(null, rule, 1_000);
    expect(first).toEqual({ allowed: true, next: { hits: 1, windowStart: 1_000 } });
    const second = hitWindow({ hits: 1, windowStart: 1_000 }, rule, 2_000);
    expect(second.allowed).toBe(true);
    expect(hitWindow({ hits: 2, windowStart: 1_000 }, rule, 31_000)).toEqual({
      allowed: false,
      retryAfterSeconds: 30,
    });
    expect(hitWindow({ hits: 2, windowStart: 1_000 }, rule, 61_000)).toEqual({
      allowed: true,
      next: { hits: 1, windowStart: 61_000 },
    });
  });
});

describe('tracking codes', () => {
  it('are 12 unambiguous base32 characters, read back whatever the case and separators', () => {
    const code = newTrackingCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(normalizeTrackingCode(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`)).toBe(code);
    expect(normalizeTrackingCode('o1il')).toBe('0111');
  });
});
