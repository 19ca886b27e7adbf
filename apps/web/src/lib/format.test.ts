import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format.ts';

describe('formatDateTime', () => {
  it('shows the time in Asia/Shanghai by default, whatever the host zone', () => {
    // 16:30 UTC on 31 January is already 1 February in Beijing.
    expect(formatDateTime('2026-01-31T16:30:00Z', 'zh-CN')).toBe('2026/02/01 00:30:00');
  });

  it('formats English with the same zone', () => {
    const text = formatDateTime('2026-01-31T16:30:00Z', 'en');
    expect(text).toContain('02/01/2026');
    expect(text).toContain('00:30:00');
  });

  it('follows another tenant time zone when given', () => {
    expect(formatDateTime('2026-01-31T16:30:00Z', 'zh-CN', 'UTC')).toBe('2026/01/31 16:30:00');
  });

  it('accepts epoch ms and Date, and marks an invalid value', () => {
    const ms = Date.UTC(2026, 5, 1, 0, 0, 0);
    expect(formatDateTime(ms, 'zh-CN')).toBe('2026/06/01 08:00:00');
    expect(formatDateTime(new Date(ms), 'zh-CN')).toBe('2026/06/01 08:00:00');
    expect(formatDateTime('not a date', 'zh-CN')).toBe('—');
  });
});
