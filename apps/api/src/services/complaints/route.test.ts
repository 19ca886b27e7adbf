import { describe, expect, it } from 'vitest';
import { type RoutableContract, routeComplaint } from './route.ts';

const contract = (over: Partial<RoutableContract>): RoutableContract => ({
  id: 'c1',
  code: 'HT-1',
  vendorId: 'v1',
  siteIds: ['s1'],
  serviceLineIds: ['catering'],
  status: 'active',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  ...over,
});
const mapping = { catering: 'catering', security: 'security', other: null };

describe('routing a complaint by site and category', () => {
  it('finds the active contract covering the category’s service line at the site', () => {
    const contracts = [
      contract({}),
      contract({ id: 'c2', code: 'HT-2', vendorId: 'v2', siteIds: ['s2'] }),
      contract({ id: 'c3', code: 'HT-3', vendorId: 'v3', siteIds: ['s1'], serviceLineIds: ['security'] }),
    ];
    expect(
      routeComplaint({ siteId: 's2', category: 'catering', day: '2026-05-01' }, mapping, contracts),
    ).toEqual({
      serviceLineId: 'catering',
      contractId: 'c2',
      vendorId: 'v2',
      reason: 'matched',
      candidates: [],
    });
    expect(
      routeComplaint({ siteId: 's1', category: 'security', day: '2026-05-01' }, mapping, contracts)
        .contractId,
    ).toBe('c3');
  });

  it('leaves "other" and uncovered sites to the handler, and skips ended or out-of-term contracts', () => {
    const contracts = [
      contract({ status: 'ended' }),
      contract({ id: 'c2', startsOn: '2027-01-01', endsOn: '2027-12-31' }),
    ];
    expect(
      routeComplaint({ siteId: 's1', category: 'other', day: '2026-05-01' }, mapping, contracts).reason,
    ).toBe('no_service_line');
    expect(
      routeComplaint({ siteId: 's1', category: 'catering', day: '2026-05-01' }, mapping, contracts),
    ).toMatchObject({
      serviceLineId: 'catering',
      contractId: null,
      reason: 'no_contract',
    });
  });

  it('suggests the first of several matching contracts by code and lists them all', () => {
    const contracts = [contract({ id: 'b', code: 'HT-9' }), contract({ id: 'a', code: 'HT-1' })];
    expect(
      routeComplaint({ siteId: 's1', category: 'catering', day: '2026-05-01' }, mapping, contracts),
    ).toMatchObject({
      contractId: 'a',
      reason: 'several_contracts',
      candidates: ['a', 'b'],
    });
  });
});
