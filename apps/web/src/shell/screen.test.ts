import { describe, expect, it } from 'vitest';
import { navEntriesOf, type Screen } from './screen.ts';

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
