import { Show } from 'solid-js';
import { t } from '../i18n/locale.ts';
import { errorDisplay } from '../lib/error-message.ts';

export function LoadingState() {
  return (
    <p class="state state-loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {t('state.loading')}
    </p>
  );
}

/** An API failure in words: the server's localized message (never its raw body) and the request id to quote. */
export function ErrorState(props: { error: unknown; onRetry?: () => void }) {
  const display = () => errorDisplay(props.error, t);
  return (
    <div class="state state-error" role="alert">
      <p class="state-title">{t('state.error_title')}</p>
      <p data-testid="error-message">{display().message}</p>
      <Show when={display().requestId}>
        {(id) => <p class="hint">{t('state.request_id', { id: id() })}</p>}
      </Show>
      <Show when={props.onRetry}>
        <button type="button" class="button" onClick={() => props.onRetry?.()}>
          {t('state.retry')}
        </button>
      </Show>
    </div>
  );
}
