import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar.ts';
import { mulberry32, sampleWithoutReplacement, seedFromString } from './prng.ts';
import { sampleSpotCheck, sampleSpotCheckDates } from './spot-check.ts';

const items = ['i1', 'i2', 'i3', 'i4', 'i5'];
const sites = ['s1', 's2', 's3'];

describe('seeded randomness', () => {
  it('mulberry32 repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });

  it('derives a stable seed from a string', () => {
    expect(seedFromString('c1/spot:2025-10')).toBe(seedFromString('c1/spot:2025-10'));
    expect(seedFromString('a')).not.toBe(seedFromString('b'));
    expect(seedFromString('')).toBe(0x811c9dc5);
  });

  it('samples without replacement', () => {
    const sample = sampleWithoutReplacement([1, 2, 3, 4, 5, 6], 4, mulberry32(7));
    expect(new Set(sample).size).toBe(4);
    expect(sampleWithoutReplacement([1, 2], 5, mulberry32(7)).sort()).toEqual([1, 2]);
  });
});

describe('R14: unannounced spot checks', () => {
  it('the same seed gives the same picks, whatever order the inputs come in', () => {
    const a = sampleSpotCheck(items, sites, 4, 2025);
    const b = sampleSpotCheck([...items].reverse(), [...sites].reverse(), 4, 2025);
    expect(b).toEqual(a);
    expect(a).toHaveLength(4);
    expect(new Set(a.map((p) => `${p.site}/${p.item}`)).size).toBe(4);
    for (const p of a) {
      expect(items).toContain(p.item);
      expect(sites).toContain(p.site);
    }
  });

  it('another seed gives another sample; asking for more than exists gives every pair once', () => {
    const samples = new Set(
      [1, 2, 3, 4, 5].map((seed) => JSON.stringify(sampleSpotCheck(items, sites, 3, seed))),
    );
    expect(samples.size).toBeGreaterThan(1);
    expect(sampleSpotCheck(items, sites, 100, 1)).toHaveLength(15);
    expect(sampleSpotCheck([], sites, 3, 1)).toEqual([]);
  });

  it('picks unannounced dates among working days only', () => {
    const cal = createWorkingCalendar();
    const dates = sampleSpotCheckDates(cal, '2025-09-27', '2025-10-12', 4, 99);
    expect(dates).toHaveLength(4);
    expect(dates.every((d) => cal.isWorkingDay(d))).toBe(true);
    expect(dates).toEqual([...dates].sort());
    expect(sampleSpotCheckDates(cal, '2025-09-27', '2025-10-12', 4, 99)).toEqual(dates);
  });
});
