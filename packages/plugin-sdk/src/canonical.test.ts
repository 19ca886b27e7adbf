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
});
