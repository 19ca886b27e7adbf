import { A, useLocation } from '@solidjs/router';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { t } from '../i18n/locale.ts';
import { MoreIcon } from './icons.tsx';
import type { NavEntry } from './screen.ts';

/** How many entries fit a phone's tab bar beside "More"; the rest open from "More". */
export const PHONE_TAB_COUNT = 4;

function NavLink(props: { entry: NavEntry }) {
  return (
    <A href={props.entry.path} end={props.entry.path === '/'} class="nav-link" activeClass="is-active">
      <Dynamic component={props.entry.icon} />
      <span>{t(props.entry.label)}</span>
      <Show when={props.entry.badge}>{(badge) => <Dynamic component={badge()} />}</Show>
    </A>
  );
}

/**
 * A bottom tab bar on phones, a side column on wide screens: the same list, laid out by CSS. A phone
 * shows the first entries and a "More" tab that opens the rest as a sheet, so every screen a role may
 * use is one tap away however many there are (a sideways-scrolling bar hid them).
 */
export function AppNav(props: { entries: readonly NavEntry[] }) {
  const [moreOpen, setMoreOpen] = createSignal(false);
  const location = useLocation();
  // Following a link closes the sheet.
  createEffect(
    on(
      () => location.pathname,
      () => setMoreOpen(false),
      { defer: true },
    ),
  );
  const hasMore = () => props.entries.length > PHONE_TAB_COUNT + 1;
  const overflow = () => props.entries.slice(PHONE_TAB_COUNT);
  return (
    <nav class="app-nav" aria-label={t('nav.label')}>
      <ul>
        <For each={props.entries}>
          {(entry, index) => (
            <li classList={{ 'nav-overflow': hasMore() && index() >= PHONE_TAB_COUNT }}>
              <NavLink entry={entry} />
            </li>
          )}
        </For>
        <Show when={hasMore()}>
          <li class="nav-more">
            <button
              type="button"
              class="nav-link"
              classList={{ 'is-active': moreOpen() }}
              aria-expanded={moreOpen()}
              aria-controls="nav-more-sheet"
              onClick={() => setMoreOpen(!moreOpen())}
            >
              <MoreIcon />
              <span>{t('nav.more')}</span>
            </button>
          </li>
        </Show>
      </ul>
      <Show when={hasMore() && moreOpen()}>
        <ul id="nav-more-sheet" class="nav-more-sheet">
          <For each={overflow()}>
            {(entry) => (
              <li>
                <NavLink entry={entry} />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </nav>
  );
}
