import { A, useLocation } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert, FormNotice } from '../../shell/form.tsx';
import { PasswordField } from './password-input.tsx';

/** `/accept-invitation#<tenantId>.<invitationId>.<secret>`: name and password, then sign in. */
export default function AcceptInvitationPage() {
  const location = useLocation();
  const token = () => location.hash.replace(/^#/, '');
  const [displayName, setDisplayName] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [done, setDone] = createSignal(false);
  const accept = createAction(async () => {
    await api.auth.acceptInvitation.mutate({
      token: token(),
      displayName: displayName().trim(),
      password: password(),
    });
    setDone(true);
  });
  return (
    <section class="card auth-card" aria-labelledby="invite-title">
      <form
        class="form"
        onSubmit={(event) => {
          event.preventDefault();
          void accept.run();
        }}
      >
        <h1 id="invite-title">{t('auth.invite.title')}</h1>
        <Show when={token()} fallback={<p class="form-alert">{t('auth.invite.missing_token')}</p>}>
          <Show
            when={!done()}
            fallback={
              <>
                <FormNotice message={t('auth.invite.done')} />
                <A href="/sign-in" class="button button-primary">
                  {t('auth.sign_in.submit')}
                </A>
              </>
            }
          >
            <p class="lead">{t('auth.invite.lead_generic')}</p>
            <FormAlert message={accept.message()} />
            <Show when={accept.fieldErrors('token').length > 0}>
              <p class="form-alert">{accept.fieldErrors('token').join(' ')}</p>
            </Show>
            <Field label={t('auth.invite.display_name')} errors={accept.fieldErrors('displayName')}>
              {(ids) => (
                <input
                  id={ids.id}
                  name="displayName"
                  required
                  maxLength={100}
                  autocomplete="name"
                  aria-describedby={ids.describedBy}
                  aria-invalid={ids.invalid}
                  value={displayName()}
                  onInput={(event) => setDisplayName(event.currentTarget.value)}
                />
              )}
            </Field>
            <PasswordField
              label={t('auth.password')}
              value={password()}
              onInput={setPassword}
              errors={accept.fieldErrors('password')}
              hint={t('auth.password.hint')}
              autocomplete="new-password"
            />
            <p class="hint">{t('auth.invite.existing_account')}</p>
            <div class="form-actions">
              <button type="submit" class="button button-primary" disabled={accept.pending()}>
                {t('auth.invite.submit')}
              </button>
            </div>
          </Show>
        </Show>
      </form>
    </section>
  );
}
