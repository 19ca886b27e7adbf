import { describe, expect, it } from 'vitest';
import { isPublicPath, type NavEntry, navEntriesOf, type Screen, visibleNav } from './screen.ts';

const Stub = () => null;

describe('navEntriesOf', () => {
  it('lists only screens with a nav entry, in order', () => {
    const screens: Screen[] = [
      { path: '/contracts', component: Stub, nav: { label: 'nav.home', icon: Stub, order: 30 } },
      { path: '/hidden', component: Stub },
      { path: '/', component: Stub, nav: { label: 'nav.home', icon: Stub, order: 0 } },
    ];
    expect(navEntriesOf(screens).map((entry) => entry.path)).toEqual(['/', '/contracts']);
  });
});

describe('visibleNav', () => {
  const entries: NavEntry[] = [
    { path: '/', label: 'nav.home', icon: Stub },
    { path: '/sites', label: 'nav.sites', icon: Stub, access: { permission: 'sites.read', viaGrants: true } },
    { path: '/people', label: 'nav.people', icon: Stub, access: { permission: 'people.manage' } },
    { path: '/grants', label: 'nav.grants', icon: Stub, access: { permission: 'grants.read' } },
    { path: '/audit', label: 'nav.audit', icon: Stub, access: { permission: 'audit.read' } },
    { path: '/settings', label: 'nav.settings', icon: Stub, access: { permission: 'tenant.manage' } },
  ];
  const paths = (roles: Parameters<typeof visibleNav>[1]) => visibleNav(entries, roles).map((e) => e.path);

  it('gives an admin every admin screen', () => {
    expect(paths(['admin'])).toEqual(['/', '/sites', '/people', '/grants', '/audit', '/settings']);
  });

  it('gives a leader the audit log and grants, not people or settings', () => {
    expect(paths(['leader'])).toEqual(['/', '/sites', '/grants', '/audit']);
  });

  it('gives evaluators and external inspectors Home and their granted sites only', () => {
    expect(paths(['evaluator'])).toEqual(['/', '/sites']);
    expect(paths(['external_inspector'])).toEqual(['/', '/sites']);
  });

  it('adds up several roles, and shows only Home without any', () => {
    expect(paths(['recipient'])).toEqual(['/']);
    expect(paths(['supervisor', 'leader'])).toEqual(['/', '/sites', '/grants', '/audit']);
    expect(paths([])).toEqual(['/']);
  });
});

describe('isPublicPath', () => {
  it('knows the screens that need no sign-in', () => {
    const screens: Screen[] = [
      { path: '/sign-in', component: Stub, public: true },
      { path: '/', component: Stub },
    ];
    expect(isPublicPath(screens, '/sign-in')).toBe(true);
    expect(isPublicPath(screens, '/')).toBe(false);
  });

  it('matches public paths with parameters, one segment each', () => {
    const screens: Screen[] = [{ path: '/track/:code', component: Stub, public: true }];
    expect(isPublicPath(screens, '/track/ABCD1234EFGH')).toBe(true);
    expect(isPublicPath(screens, '/track/')).toBe(false);
    expect(isPublicPath(screens, '/track/a/b')).toBe(false);
  });
});
