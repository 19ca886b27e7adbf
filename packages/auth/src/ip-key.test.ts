import { describe, expect, it } from 'vitest';
import { normalizeClientIp } from './ip-key.ts';

describe('normalizeClientIp', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.007 ', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:DB8:1:2::9', '2001:db8:1:2::/64'],
    ['[2001:db8:1:2::9]', '2001:db8:1:2::/64'],
    ['2001:db8::', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['::', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::ffff:198.51.100.4', '198.51.100.4'],
    ['::ffff:c633:6404', '198.51.100.4'],
    ['64:ff9b::198.51.100.4', '64:ff9b:0:0::/64'],
    ['2001:db8:1:2:3:4:198.51.100.4', '2001:db8:1:2::/64'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeClientIp(input)).toBe(expected);
  });

  it.each([
    '',
    'localhost',
    '256.1.1.1',
    '1.2.3',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    'g::1',
    '1:2:3:4:5:6:7::8',
  ])('refuses %j', (input) => {
    expect(normalizeClientIp(input)).toBeNull();
  });

  it('puts every address of one /64 in one bucket', () => {
    expect(normalizeClientIp('2001:db8:aa:bb:1::1')).toBe(normalizeClientIp('2001:db8:aa:bb:ffff::2'));
    expect(normalizeClientIp('2001:db8:aa:bc::1')).not.toBe(normalizeClientIp('2001:db8:aa:bb::1'));
  });
});
