import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert, FormNotice } from '../../shell/form.tsx';

/** Asks for a reset link; the answer is the same whether or not the address exists. */
export default function ForgotPasswordPage() {
  const [email, setEmail] = createSignal('');
  const [sent, setSent] = createSignal(false);
  const request = createAction(async () => {
    await api.auth.requestPasswordReset.mutate({ email: email().trim() });
    setSent(true);
  });
  return (
    <section class="card auth-card" aria-labelledby="forgot-title">
      <form
        class="form"
        onSubmit={(event) => {
          event.preventDefault();
          void request.run();
        }}
      >
        <h1 id="forgot-title">{t('auth.forgot.title')}</h1>
        <p class="lead">{t('auth.forgot.lead')}</p>
        <FormAlert message={request.message()} />
        <FormNotice message={sent() && t('auth.forgot.sent')} />
        <Show when={!sent()}>
          <Field label={t('auth.email')} errors={request.fieldErrors('email')}>
            {(ids) => (
              <input
                id={ids.id}
                type="email"
                required
                autocomplete="username"
                inputmode="email"
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                value={email()}
                onInput={(event) => setEmail(event.currentTarget.value)}
              />
            )}
          </Field>
        </Show>
        <div class="form-actions">
          <Show when={!sent()}>
            <button type="submit" class="button button-primary" disabled={request.pending()}>
              {t('auth.forgot.submit')}
            </button>
          </Show>
          <A href="/sign-in">{t('auth.back_to_sign_in')}</A>
        </div>
      </form>
    </section>
  );
}
