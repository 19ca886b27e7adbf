import { describe, expect, it } from 'vitest';
import { splitList } from './list-input.ts';

describe('splitList', () => {
  it('splits on new lines and ASCII or Chinese separators, trims and drops duplicates', () => {
    expect(splitList('主楼, 食堂\n食堂，停车场、 会议中心 ;')).toEqual([
      '主楼',
      '食堂',
      '停车场',
      '会议中心',
    ]);
  });

  it('is empty for blank input', () => {
    expect(splitList('  \n , ')).toEqual([]);
  });
});
