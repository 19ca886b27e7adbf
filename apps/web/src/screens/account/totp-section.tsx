import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { CopyButton } from '../../shell/copy-button.tsx';
import { Field, FormAlert } from '../../shell/form.tsx';
import { QrCode } from './qr-code.tsx';

/** Groups of four, easier to type into an authenticator app by hand. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

/** Enrolment: a secret to scan, the first code to prove it, then recovery codes shown exactly once. */
export function TotpSection() {
  const auth = useAuth();
  const [pending, setPending] = createSignal<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = createSignal('');
  const [recoveryCodes, setRecoveryCodes] = createSignal<string[] | null>(null);

  const begin = createAction(async () => setPending(await api.auth.beginTotp.mutate()));
  const confirm = createAction(async () => {
    const secret = pending()?.secret;
    if (!secret) return;
    const result = await api.auth.confirmTotp.mutate({ secret, code: code().replace(/\s+/g, '') });
    setPending(null);
    setCode('');
    setRecoveryCodes(result.recoveryCodes);
  });

  return (
    <section class="card" aria-labelledby="totp-title" data-testid="totp-section">
      <h2 id="totp-title" class="card-title">
        {t('account.totp.title')}
      </h2>
      <Switch>
        <Match when={recoveryCodes()}>
          {(codes) => (
            <div class="stack" data-testid="recovery-codes">
              <h3>{t('account.recovery.title')}</h3>
              <p class="notice notice-warn">{t('account.recovery.lead')}</p>
              <ol class="recovery-codes">
                <For each={codes()}>{(c) => <li>{c}</li>}</For>
              </ol>
              <div class="form-actions">
                <CopyButton text={codes().join('\n')} label={t('account.recovery.copy')} />
                <button
                  type="button"
                  class="button button-primary"
                  onClick={async () => {
                    await auth.reload();
                    setRecoveryCodes(null);
                  }}
                >
                  {t('account.recovery.done')}
                </button>
              </div>
            </div>
          )}
        </Match>
        <Match when={auth.me()?.hasTotp}>
          <p>
            <span class="badge badge-ok">✓</span> {t('account.totp.enabled')}
          </p>
        </Match>
        <Match when={pending()}>
          {(enrolment) => (
            <form
              class="form"
              onSubmit={(event) => {
                event.preventDefault();
                void confirm.run();
              }}
            >
              <p>{t('account.totp.intro')}</p>
              <QrCode text={enrolment().uri} alt={t('account.totp.qr_alt')} />
              <div class="field">
                <span class="field-label">{t('account.totp.secret')}</span>
                <code class="secret" data-testid="totp-secret" data-secret={enrolment().secret}>
                  {grouped(enrolment().secret)}
                </code>
              </div>
              <FormAlert message={confirm.message()} />
              <Field label={t('account.totp.code')} errors={confirm.fieldErrors('code')}>
                {(ids) => (
                  <input
                    id={ids.id}
                    name="code"
                    required
                    inputmode="numeric"
                    autocomplete="one-time-code"
                    pattern="[0-9 ]{6,8}"
                    maxLength={8}
                    aria-describedby={ids.describedBy}
                    aria-invalid={ids.invalid}
                    value={code()}
                    onInput={(event) => setCode(event.currentTarget.value)}
                  />
                )}
              </Field>
              <div class="form-actions">
                <button type="submit" class="button button-primary" disabled={confirm.pending()}>
                  {t('account.totp.confirm')}
                </button>
                <button type="button" class="button" onClick={() => setPending(null)}>
                  {t('account.totp.cancel')}
                </button>
              </div>
            </form>
          )}
        </Match>
        <Match when={true}>
          <div class="stack">
            <Show when={auth.activeTenant()?.mfaRequired}>
              <p class="notice notice-warn" role="alert" data-testid="mfa-required">
                {t('account.totp.required')}
              </p>
            </Show>
            <p>{t('account.totp.intro')}</p>
            <FormAlert message={begin.message()} />
            <div class="form-actions">
              <button
                type="button"
                class="button button-primary"
                disabled={begin.pending()}
                onClick={() => void begin.run()}
              >
                {t('account.totp.start')}
              </button>
            </div>
          </div>
        </Match>
      </Switch>
    </section>
  );
}
