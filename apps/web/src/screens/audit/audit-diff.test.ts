import { describe, expect, it } from 'vitest';
import { diffEntries, parseCheckpoint } from './audit-diff.ts';

describe('diffEntries', () => {
  it('lists only the fields an update changed', () => {
    expect(
      diffEntries(
        { name: '机关大楼', code: 'A01', tags: ['主楼'] },
        { name: '机关大楼（新）', code: 'A01', tags: [] },
      ),
    ).toEqual([
      { field: 'name', before: '机关大楼', after: '机关大楼（新）' },
      { field: 'tags', before: '["主楼"]', after: '[]' },
    ]);
  });

  it('shows a creation as added fields and a removal as removed ones', () => {
    expect(diffEntries(null, { code: 'A01' })).toEqual([{ field: 'code', before: null, after: 'A01' }]);
    expect(diffEntries({ email: 'a@b.cn' }, null)).toEqual([
      { field: 'email', before: 'a@b.cn', after: null },
    ]);
    expect(diffEntries(null, null)).toEqual([]);
  });

  it('wraps values that are not objects', () => {
    expect(diffEntries(1, 2)).toEqual([{ field: 'value', before: '1', after: '2' }]);
  });
});

describe('parseCheckpoint', () => {
  const hash = 'a'.repeat(64);
  it('accepts the downloaded head and ignores its other fields', () => {
    expect(parseCheckpoint(JSON.stringify({ tenantId: 't', seq: 12, hash, at: 'x' }))).toEqual({
      seq: 12,
      hash,
    });
  });

  it('refuses anything else', () => {
    expect(parseCheckpoint('not json')).toBeNull();
    expect(parseCheckpoint(JSON.stringify({ seq: 0, hash }))).toBeNull();
    expect(parseCheckpoint(JSON.stringify({ seq: 3, hash: 'xyz' }))).toBeNull();
  });
});
