import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from './canonical.ts';

describe('canonicalJson / contentHash', () => {
  it('is independent of key order at every depth', () => {
    const a = { b: 1, a: { y: [1, { q: 2, p: 1 }], x: '中文' } };
    const b = { a: { x: '中文', y: [1, { p: 1, q: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"x":"中文","y":[1,{"p":1,"q":2}]},"b":1}');
    expect(contentHash(a)).toBe(contentHash(b));
  });

  it('omits undefined and functions, keeps array order significant', () => {
    expect(canonicalJson({ a: undefined, f: () => 1, n: null })).toBe('{"n":null}');
    expect(contentHash([1, 2])).not.toBe(contentHash([2, 1]));
  });

  it('is SHA-256 in lowercase hex', () => {
    expect(contentHash('abc')).toBe(
      // sha256('"abc"')
      '6cc43f858fbb763301637b5af970e2a46b46f461f27e5a0f41e009c59b827b25',
    );
    expect(() => canonicalJson(Number.NaN)).toThrow(/no JSON form/);
  });

  it('gives the same text as the first (entries, filter, sort, map, join) form, on which stored hashes rest', () => {
    // The form template snapshots and score inputs were first hashed with; kept here as the reference.
    const reference = (value: unknown): string => {
      if (value === null || typeof value === 'boolean' || typeof value === 'string')
        return JSON.stringify(value);
      if (typeof value === 'number') return JSON.stringify(value);
      if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : reference(v))).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && typeof v !== 'function')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
    };
    const samples: unknown[] = [
      {
        '10': 'a',
        '2': 'b',
        b: [undefined, () => 1, null, -0, 1.5e-7],
        a: { é: 1, e: 2, E: 3, '\u{1F600}': 4, '': 5 },
      },
      [{ z: { y: { x: [true, false, '引号"\\\n'] } } }, [], {}],
      {
        month: '2026-11',
        inspections: [{ id: 'b', items: [{ deduction: 0, label: '消防通道' }] }],
        n: 12345678901234,
      },
    ];
    for (const sample of samples) expect(canonicalJson(sample)).toBe(reference(sample));
  });
});
