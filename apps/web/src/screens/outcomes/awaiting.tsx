import { A } from '@solidjs/router';
import { type Accessor, createEffect, createSignal, onCleanup, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { api } from '../../lib/trpc.ts';
import './awaiting.css';

// Bumped after a decision, an appeal resolution or an engine run, so every count on screen loads again.
const [version, setVersion] = createSignal(0);

export function refreshAwaiting() {
  setVersion((v) => v + 1);
}

/** The board filtered to what the signed-in person may decide now. */
export const awaitingPath = '/outcomes?status=awaiting';

/**
 * How many consequences (proposals and appeals) wait for the signed-in person's decision; undefined for
 * people who cannot decide, before the first answer, and when the count cannot be loaded (it is a hint:
 * the board itself shows the error).
 */
function useAwaitingCount(): Accessor<number | undefined> {
  const auth = useAuth();
  const [count, setCount] = createSignal<number>();
  createEffect(() => {
    const tenant = auth.activeTenant()?.id;
    version();
    if (!tenant || !auth.can('consequences.decide')) {
      setCount(undefined);
      return;
    }
    let live = true;
    onCleanup(() => {
      live = false;
    });
    api.consequenceEngine.awaitingCount.query().then(
      (r) => live && setCount(r.count),
      () => live && setCount(undefined),
    );
  });
  return count;
}

/** The nav item's count (nothing when nothing waits). */
export function AwaitingBadge() {
  const count = useAwaitingCount();
  return (
    <Show when={count()}>
      {(n) => (
        <span
          class="badge badge-danger nav-count"
          data-testid="awaiting-count"
          title={t('out.awaiting.title')}
        >
          {n()}
        </span>
      )}
    </Show>
  );
}

/** The home screen's notice: how many wait, with a link to them on the board. */
export function AwaitingPanel() {
  const count = useAwaitingCount();
  return (
    <Show when={count() !== undefined}>
      <section class="card" data-testid="awaiting-panel">
        <h2 class="card-title">{t('out.awaiting.title')}</h2>
        <Show when={count()} fallback={<p class="hint">{t('out.awaiting.none')}</p>}>
          {(n) => (
            <p>
              <A href={awaitingPath}>{t('out.awaiting.some', { n: n() })}</A>
            </p>
          )}
        </Show>
      </section>
    </Show>
  );
}
