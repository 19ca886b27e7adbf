import { describe, expect, it } from 'vitest';
import { decide, type Principal, rowVisibleUnderGrants, vendorScope } from './decide.ts';
import { type GrantFacts, grantState, isScoped } from './grants.ts';

const T0 = Date.UTC(2026, 2, 1, 0, 0, 0);
const DAY = 86_400_000;

const grant = (over: Partial<GrantFacts> = {}): GrantFacts => ({
  id: 'g1',
  actions: ['read'],
  contractIds: [],
  serviceLineIds: [],
  siteIds: ['site-a'],
  validFrom: T0,
  validUntil: T0 + 30 * DAY,
  revokedAt: null,
  ...over,
});

const evaluator = (grants: GrantFacts[]): Principal => ({
  userId: 'u',
  tenantId: 't',
  roles: ['evaluator'],
  grants,
});

describe('D2/R7: scoped grants at their boundaries', () => {
  it('is not valid 1 s before valid-from, valid at valid-from', () => {
    const p = evaluator([grant()]);
    expect(decide(p, 'sites.read', T0 - 1000, { siteId: 'site-a' })).toEqual({
      allowed: false,
      reason: 'no_grant',
    });
    expect(decide(p, 'sites.read', T0, { siteId: 'site-a' })).toMatchObject({ allowed: true, via: 'grant' });
  });

  it('is valid 1 s before valid-until, not 1 s after (valid-until is exclusive)', () => {
    const p = evaluator([grant()]);
    expect(decide(p, 'sites.read', T0 + 30 * DAY - 1000, { siteId: 'site-a' }).allowed).toBe(true);
    expect(decide(p, 'sites.read', T0 + 30 * DAY + 1000, { siteId: 'site-a' })).toEqual({
      allowed: false,
      reason: 'no_grant',
    });
  });

  it('stops working from the moment it is revoked', () => {
    const p = evaluator([grant({ revokedAt: T0 + DAY })]);
    expect(decide(p, 'sites.read', T0 + DAY - 1, { siteId: 'site-a' }).allowed).toBe(true);
    expect(decide(p, 'sites.read', T0 + DAY, { siteId: 'site-a' }).allowed).toBe(false);
    expect(grantState(grant({ revokedAt: T0 + DAY }), T0 + DAY)).toBe('revoked');
  });

  it('does not reach another site, another contract or another service line', () => {
    const p = evaluator([grant({ siteIds: [], contractIds: ['contract-1'], serviceLineIds: ['catering'] })]);
    const inside = { contractId: 'contract-1', serviceLineId: 'catering' };
    expect(decide(p, 'sites.read', T0 + 1, inside).allowed).toBe(true);
    expect(decide(p, 'sites.read', T0 + 1, { ...inside, contractId: 'contract-2' })).toEqual({
      allowed: false,
      reason: 'outside_grant',
    });
    expect(decide(p, 'sites.read', T0 + 1, { ...inside, serviceLineId: 'elevator' })).toEqual({
      allowed: false,
      reason: 'outside_grant',
    });
    const siteOnly = evaluator([grant()]);
    expect(decide(siteOnly, 'sites.read', T0 + 1, { siteId: 'site-b' })).toEqual({
      allowed: false,
      reason: 'outside_grant',
    });
  });

  it('a resource that does not say which contract it belongs to is outside a contract-scoped grant', () => {
    const p = evaluator([grant({ siteIds: [], contractIds: ['contract-1'] })]);
    expect(decide(p, 'sites.read', T0 + 1, { siteId: 'site-a' }).allowed).toBe(false);
  });

  it('gives only the actions it lists', () => {
    const p = evaluator([grant({ actions: ['read'] })]);
    expect(decide(p, 'sites.manage', T0 + 1, { siteId: 'site-a' })).toEqual({
      allowed: false,
      reason: 'no_role',
    });
  });

  it('filters list rows to the grants in force', () => {
    const d = decide(evaluator([grant()]), 'sites.read', T0 + 1);
    expect(d).toMatchObject({ allowed: true, via: 'grant-scope' });
    if (d.allowed && d.via === 'grant-scope') {
      expect(rowVisibleUnderGrants(d.grants, 'sites.read', { siteId: 'site-a' }, T0 + 1)).toBe(true);
      expect(rowVisibleUnderGrants(d.grants, 'sites.read', { siteId: 'site-b' }, T0 + 1)).toBe(false);
    }
  });

  it('refuses a grant that restricts nothing', () => {
    expect(isScoped({ contractIds: [], serviceLineIds: [], siteIds: [] })).toBe(false);
    expect(isScoped({ contractIds: [], serviceLineIds: ['fire'], siteIds: [] })).toBe(true);
  });
});

describe('roles', () => {
  it('an admin manages everything in the tenant; a supervisor reads but does not manage people', () => {
    const admin: Principal = { userId: 'u', tenantId: 't', roles: ['admin'], grants: [] };
    expect(decide(admin, 'grants.manage', T0)).toEqual({ allowed: true, via: 'role', role: 'admin' });
    const supervisor: Principal = { ...admin, roles: ['supervisor'] };
    expect(decide(supervisor, 'people.read', T0).allowed).toBe(true);
    expect(decide(supervisor, 'people.manage', T0)).toEqual({ allowed: false, reason: 'no_role' });
  });

  it('an external inspector without a grant sees nothing, not even the tenant', () => {
    const inspector: Principal = { userId: 'u', tenantId: 't', roles: ['external_inspector'], grants: [] };
    expect(decide(inspector, 'tenant.read', T0)).toEqual({ allowed: false, reason: 'no_grant' });
  });
});

describe('contractors see only their own vendor', () => {
  const contractor: Principal = {
    userId: 'u',
    tenantId: 't',
    roles: ['contractor'],
    grants: [],
    vendorId: 'vendor-1',
  };
  it('may read its own contract and answer its own rectifications, not another vendor’s', () => {
    expect(decide(contractor, 'contracts.read', T0, { vendorId: 'vendor-1', contractId: 'c1' }).allowed).toBe(
      true,
    );
    expect(decide(contractor, 'contracts.read', T0, { vendorId: 'vendor-2', contractId: 'c2' }).allowed).toBe(
      false,
    );
    expect(decide(contractor, 'rectifications.respond', T0, { vendorId: 'vendor-1' }).allowed).toBe(true);
    expect(vendorScope(contractor, 'contracts.read')).toBe('vendor-1');
  });
  it('cannot issue or verify rectifications, and a contractor member without a vendor sees nothing', () => {
    expect(decide(contractor, 'rectifications.verify', T0).allowed).toBe(false);
    expect(vendorScope({ ...contractor, vendorId: null }, 'contracts.read')).toBe(
      '00000000-0000-0000-0000-000000000000',
    );
  });
  it('a supervisor is not narrowed to a vendor', () => {
    expect(vendorScope({ ...contractor, roles: ['supervisor'] }, 'contracts.read')).toBeNull();
  });
});
