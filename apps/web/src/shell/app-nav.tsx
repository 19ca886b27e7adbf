import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { t } from '../i18n/locale.ts';
import type { NavEntry } from './screen.ts';

/** A bottom tab bar on phones, a side column on wide screens: the same list, laid out by CSS. */
export function AppNav(props: { entries: readonly NavEntry[] }) {
  return (
    <nav class="app-nav" aria-label={t('nav.label')}>
      <ul>
        <For each={props.entries}>
          {(entry) => (
            <li>
              <A href={entry.path} end={entry.path === '/'} class="nav-link" activeClass="is-active">
                <Dynamic component={entry.icon} />
                <span>{t(entry.label)}</span>
                <Show when={entry.badge}>{(badge) => <Dynamic component={badge()} />}</Show>
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
