import { A, type RouteSectionProps } from '@solidjs/router';
import { Suspense } from 'solid-js';
import { t } from '../i18n/locale.ts';
import { AppNav } from './app-nav.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import type { NavEntry } from './screen.ts';
import { LoadingState } from './states.tsx';

/** The frame around every screen: header, navigation, and the screen itself (loaded on demand). */
export function AppShell(props: RouteSectionProps & { nav: readonly NavEntry[] }) {
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {t('app.skip_to_content')}
      </a>
      <header class="app-header">
        <A href="/" class="brand" end>
          <span class="brand-mark" aria-hidden="true">
            S
          </span>
          <span class="brand-text">
            <strong data-testid="app-name">{t('app.name')}</strong>
            <small>{t('app.tagline')}</small>
          </span>
        </A>
        <LanguageSwitch />
      </header>
      <AppNav entries={props.nav} />
      <main id="main" class="app-main" tabindex="-1">
        <Suspense fallback={<LoadingState />}>{props.children}</Suspense>
      </main>
    </div>
  );
}
