import { A, Navigate, type RouteSectionProps, useLocation } from '@solidjs/router';
import { type JSX, Match, Show, Suspense, Switch } from 'solid-js';
import { canOpen } from '../auth/access.ts';
import { gateFor, rolesOf } from '../auth/gate.ts';
import { AuthProvider, useAuth } from '../auth/session.tsx';
import { t } from '../i18n/locale.ts';
import { AppNav } from './app-nav.tsx';
import { UserIcon } from './icons.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { isPublicPath, type NavEntry, type Screen, visibleNav } from './screen.ts';
import { ErrorState, LoadingState } from './states.tsx';
import { TenantSwitch } from './tenant-switch.tsx';

/** The frame around every screen: who is signed in decides what is shown, and which navigation. */
export function AppShell(
  props: RouteSectionProps & { screens: readonly Screen[]; nav: readonly NavEntry[] },
) {
  const location = useLocation();
  return (
    <AuthProvider>
      <Show
        when={isPublicPath(props.screens, location.pathname)}
        fallback={
          <SignedInShell screens={props.screens} nav={props.nav}>
            {props.children}
          </SignedInShell>
        }
      >
        <PublicFrame>{props.children}</PublicFrame>
      </Show>
    </AuthProvider>
  );
}

function Brand() {
  return (
    <A href="/" class="brand" end>
      <span class="brand-mark" aria-hidden="true">
        S
      </span>
      <span class="brand-text">
        <strong data-testid="app-name">{t('app.name')}</strong>
        <small>{t('app.tagline')}</small>
      </span>
    </A>
  );
}

/** Sign-in, invitation and reset pages: one centred card, no navigation. */
function PublicFrame(props: { children: JSX.Element }) {
  return (
    <div class="public-shell">
      <header class="app-header">
        <Brand />
        <LanguageSwitch />
      </header>
      <main id="main" class="public-main" tabindex="-1">
        <Suspense fallback={<LoadingState />}>{props.children}</Suspense>
      </main>
    </div>
  );
}

function SignedInShell(props: {
  screens: readonly Screen[];
  nav: readonly NavEntry[];
  children: JSX.Element;
}) {
  const auth = useAuth();
  const location = useLocation();
  const gate = () => {
    const me = auth.me();
    return me === undefined ? null : gateFor(me, location.pathname, location.search);
  };
  const roles = () => rolesOf(auth.me());
  const screen = () => props.screens.find((s) => s.path === location.pathname);
  const allowed = () => canOpen(screen()?.access, roles());
  return (
    <Switch fallback={<LoadingState />}>
      <Match when={auth.loadError() && auth.me() === undefined}>
        <main class="public-main">
          <ErrorState error={auth.loadError()} onRetry={() => void auth.reload()} />
        </main>
      </Match>
      <Match when={gate()?.kind === 'redirect' && gate()}>
        {(redirect) => <Navigate href={(redirect() as { to: string }).to} />}
      </Match>
      <Match when={gate()?.kind === 'show'}>
        <div class="shell">
          <a class="skip-link" href="#main">
            {t('app.skip_to_content')}
          </a>
          <header class="app-header">
            <Brand />
            <div class="header-tools">
              <TenantSwitch />
              <LanguageSwitch />
              <A href="/account" class="header-account" title={t('shell.account')} data-testid="account-link">
                <UserIcon />
                <span class="header-account-name">{auth.me()?.displayName}</span>
                <span class="visually-hidden">{t('shell.account')}</span>
              </A>
            </div>
          </header>
          <AppNav entries={visibleNav(props.nav, roles())} />
          <main id="main" class="app-main" tabindex="-1">
            <Show when={allowed()} fallback={<p class="state">{t('shell.no_access')}</p>}>
              <Suspense fallback={<LoadingState />}>{props.children}</Suspense>
            </Show>
          </main>
        </div>
      </Match>
    </Switch>
  );
}
