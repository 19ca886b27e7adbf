import type { Permission } from '@steward/access';
import { type Accessor, createContext, createSignal, type JSX, useContext } from 'solid-js';
import { defaultTimeZone } from '../lib/format.ts';
import { TimeZoneContext } from '../lib/time-zone.ts';
import { api } from '../lib/trpc.ts';
import { rolesAllow } from './access.ts';
import { activeTenantOf, type Me, type MyTenant, rolesOf } from './gate.ts';

export interface Auth {
  /** undefined while the first `auth.me` is on its way; null when nobody is signed in. */
  me: Accessor<Me | null | undefined>;
  loadError: Accessor<unknown>;
  activeTenant: Accessor<MyTenant | null>;
  can(permission: Permission): boolean;
  /** Reads `auth.me` again (after sign-in, enrolment, a tenant switch…). */
  reload(): Promise<void>;
  switchTenant(tenantId: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth>();

/** Holds who is signed in, loaded once per page load and again only when something changes it. */
export function AuthProvider(props: { children: JSX.Element }) {
  const [me, setMe] = createSignal<Me | null | undefined>(undefined);
  const [loadError, setLoadError] = createSignal<unknown>(null);

  async function reload() {
    try {
      const next = await api.auth.me.query();
      setMe(next);
      setLoadError(null);
    } catch (error) {
      setLoadError(error);
    }
  }
  void reload();

  const activeTenant = () => activeTenantOf(me());
  const auth: Auth = {
    me,
    loadError,
    activeTenant,
    can: (permission) => rolesAllow(rolesOf(me()), permission),
    reload,
    async switchTenant(tenantId) {
      await api.auth.switchTenant.mutate({ tenantId });
      // A fresh page load: nothing fetched for the previous agency can stay on screen or in a cache.
      window.location.reload();
    },
    async signOut() {
      try {
        await api.auth.signOut.mutate();
      } finally {
        setMe(null);
      }
    },
  };

  return (
    <AuthContext.Provider value={auth}>
      <TimeZoneContext.Provider value={() => activeTenant()?.timeZone ?? defaultTimeZone}>
        {props.children}
      </TimeZoneContext.Provider>
    </AuthContext.Provider>
  );
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth() outside <AuthProvider>');
  return auth;
}
