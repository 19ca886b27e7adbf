import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, Show } from 'solid-js';
import { safeNext } from '../../auth/gate.ts';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { PasswordField } from './password-input.tsx';

/** Email and password, then — when the account has TOTP — the code (or a recovery code) in a second step. */
export default function SignInPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams<{ next?: string }>();
  const next = () => safeNext(params.next);
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [code, setCode] = createSignal('');

  // Already signed in (or just finished): go on; a session that owes the code resumes at the code step.
  createEffect(() => {
    const me = auth.me();
    if (me && !me.pendingMfa) navigate(next(), { replace: true });
  });
  const codeStep = () => auth.me()?.pendingMfa === true;

  const signIn = createAction(async () => {
    await api.auth.signIn.mutate({ email: email().trim(), password: password() });
    setPassword('');
    await auth.reload();
  });
  const verify = createAction(async () => {
    await api.auth.verifyTotp.mutate({ code: code().replace(/\s+/g, '') });
    await auth.reload();
  });

  return (
    <section class="card auth-card" aria-labelledby="sign-in-title">
      <Show
        when={codeStep()}
        fallback={
          <form
            class="form"
            onSubmit={(event) => {
              event.preventDefault();
              void signIn.run();
            }}
          >
            <h1 id="sign-in-title">{t('auth.sign_in.title')}</h1>
            <p class="lead">{t('auth.sign_in.lead')}</p>
            <FormAlert message={signIn.message()} />
            <Field label={t('auth.email')} errors={signIn.fieldErrors('email')}>
              {(ids) => (
                <input
                  id={ids.id}
                  name="email"
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
            <PasswordField
              label={t('auth.password')}
              value={password()}
              onInput={setPassword}
              errors={signIn.fieldErrors('password')}
              autocomplete="current-password"
            />
            <div class="form-actions">
              <button type="submit" class="button button-primary" disabled={signIn.pending()}>
                {t('auth.sign_in.submit')}
              </button>
              <A href="/forgot-password">{t('auth.sign_in.forgot')}</A>
            </div>
          </form>
        }
      >
        <form
          class="form"
          onSubmit={(event) => {
            event.preventDefault();
            void verify.run();
          }}
        >
          <h1 id="sign-in-title">{t('auth.totp.title')}</h1>
          <p class="lead">{t('auth.totp.lead')}</p>
          <FormAlert message={verify.message()} />
          <Field label={t('auth.totp.code')} errors={verify.fieldErrors('code')}>
            {(ids) => (
              <input
                id={ids.id}
                name="code"
                required
                autocomplete="one-time-code"
                autocapitalize="off"
                spellcheck={false}
                minLength={6}
                maxLength={32}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                value={code()}
                onInput={(event) => setCode(event.currentTarget.value)}
              />
            )}
          </Field>
          <div class="form-actions">
            <button type="submit" class="button button-primary" disabled={verify.pending()}>
              {t('auth.totp.submit')}
            </button>
            <button type="button" class="button-link" onClick={() => void auth.signOut()}>
              {t('auth.totp.cancel')}
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
}
