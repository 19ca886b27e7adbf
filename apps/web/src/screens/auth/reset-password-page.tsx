import { A, useLocation } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert, FormNotice } from '../../shell/form.tsx';
import { PasswordField } from './password-input.tsx';

/** `/reset-password#<token>`: the token rides in the fragment, which browsers never send to a server. */
export default function ResetPasswordPage() {
  const location = useLocation();
  const token = () => location.hash.replace(/^#/, '');
  const [password, setPassword] = createSignal('');
  const [done, setDone] = createSignal(false);
  const reset = createAction(async () => {
    await api.auth.resetPassword.mutate({ token: token(), password: password() });
    setDone(true);
  });
  return (
    <section class="card auth-card" aria-labelledby="reset-title">
      <form
        class="form"
        onSubmit={(event) => {
          event.preventDefault();
          void reset.run();
        }}
      >
        <h1 id="reset-title">{t('auth.reset.title')}</h1>
        <Show when={token()} fallback={<p class="form-alert">{t('auth.reset.missing_token')}</p>}>
          <Show
            when={!done()}
            fallback={
              <>
                <FormNotice message={t('auth.reset.done')} />
                <A href="/sign-in" class="button button-primary">
                  {t('auth.sign_in.submit')}
                </A>
              </>
            }
          >
            <p class="lead">{t('auth.reset.lead')}</p>
            <FormAlert message={reset.message()} />
            <PasswordField
              label={t('auth.reset.new_password')}
              value={password()}
              onInput={setPassword}
              errors={reset.fieldErrors('password')}
              hint={t('auth.password.hint')}
              autocomplete="new-password"
            />
            <div class="form-actions">
              <button type="submit" class="button button-primary" disabled={reset.pending()}>
                {t('auth.reset.submit')}
              </button>
            </div>
          </Show>
        </Show>
      </form>
    </section>
  );
}
