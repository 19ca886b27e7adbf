import { describe, expect, it } from 'vitest';
import { activeTenantOf, gateFor, type Me, rolesOf, safeNext } from './gate.ts';

const tenant = (id: string, mfaRequired = false): Me['tenants'][number] => ({
  id,
  name: `Agency ${id}`,
  timeZone: 'Asia/Shanghai',
  roles: ['admin'],
  mfaRequired,
});

const me = (changes: Partial<Me> = {}): Me => ({
  userId: 'u1',
  email: 'a@example.cn',
  displayName: 'A',
  pendingMfa: false,
  isPlatformOperator: false,
  hasTotp: false,
  activeTenantId: 't1',
  tenants: [tenant('t1'), tenant('t2', true)],
  ...changes,
});

describe('gateFor', () => {
  it('sends visitors to sign in and brings them back afterwards', () => {
    expect(gateFor(null, '/grants', '?x=1')).toEqual({
      kind: 'redirect',
      to: '/sign-in?next=%2Fgrants%3Fx%3D1',
    });
    expect(gateFor(null, '/')).toEqual({ kind: 'redirect', to: '/sign-in' });
  });

  it('sends a session that still owes the second factor back to the code step', () => {
    expect(gateFor(me({ pendingMfa: true }), '/sites')).toEqual({
      kind: 'redirect',
      to: '/sign-in?next=%2Fsites',
    });
  });

  it('routes to TOTP enrolment first when the active tenant requires it', () => {
    expect(gateFor(me({ activeTenantId: 't2' }), '/sites')).toEqual({ kind: 'redirect', to: '/account' });
    expect(gateFor(me({ activeTenantId: 't2' }), '/account')).toEqual({ kind: 'show' });
    expect(gateFor(me(), '/sites')).toEqual({ kind: 'show' });
  });
});

describe('activeTenantOf / rolesOf', () => {
  it('find the active membership, or none', () => {
    expect(activeTenantOf(me())?.id).toBe('t1');
    expect(activeTenantOf(me({ activeTenantId: null }))).toBeNull();
    expect(rolesOf(me({ activeTenantId: 'gone' }))).toEqual([]);
    expect(rolesOf(me())).toEqual(['admin']);
  });
});

describe('safeNext', () => {
  it('follows only paths inside the app', () => {
    expect(safeNext('/grants?x=1')).toBe('/grants?x=1');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
