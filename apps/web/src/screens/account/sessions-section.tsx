import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { locale, t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { formatDateTime } from '../../lib/format.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { describeUserAgent } from '../../lib/user-agent.ts';
import { FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';

/** Every session of mine: which device, from where, when last used; end any, or all but this one. */
export function SessionsSection() {
  const auth = useAuth();
  const timeZone = useTimeZone();
  const sessions = createLoader(() => api.auth.sessions.query());
  const revoke = createAction(async (sessionId: string, current: boolean) => {
    await api.auth.revokeSession.mutate({ sessionId });
    if (current) await auth.signOut();
    else await sessions.reload();
  });
  const [revokedOthers, setRevokedOthers] = createSignal(false);
  const revokeOthers = createAction(async () => {
    await api.auth.revokeOtherSessions.mutate();
    setRevokedOthers(true);
    await sessions.reload();
  });
  const when = (value: string) => formatDateTime(value, locale(), timeZone());
  return (
    <section class="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title" class="card-title">
        {t('account.sessions.title')}
      </h2>
      <p class="hint">{t('account.sessions.lead')}</p>
      <FormAlert message={revoke.message() ?? revokeOthers.message()} />
      <Loaded loader={sessions}>
        {(list) => (
          <>
            <ul class="item-list" data-testid="session-list">
              <For each={list()}>
                {(session) => (
                  <li class="item" data-current={session.current}>
                    <div class="item-main">
                      <strong>
                        {describeUserAgent(session.userAgent) ?? t('account.sessions.unknown_device')}
                      </strong>
                      <Show when={session.current}>
                        {' '}
                        <span class="badge badge-ok">{t('account.sessions.current')}</span>
                      </Show>
                      <span class="hint">
                        {t('account.sessions.ip')}: {session.ip ?? '—'} · {t('account.sessions.last_used')}:{' '}
                        {when(session.lastVerifiedAt)} · {t('account.sessions.signed_in')}:{' '}
                        {when(session.createdAt)}
                      </span>
                    </div>
                    <button
                      type="button"
                      class="button button-small"
                      disabled={revoke.pending()}
                      onClick={() => void revoke.run(session.id, session.current)}
                    >
                      {session.current ? t('shell.sign_out') : t('account.sessions.revoke')}
                    </button>
                  </li>
                )}
              </For>
            </ul>
            <div class="card-actions">
              <Show
                when={list().some((s) => !s.current)}
                fallback={<p class="hint">{t('account.sessions.none_other')}</p>}
              >
                <button
                  type="button"
                  class="button"
                  disabled={revokeOthers.pending()}
                  onClick={() => void revokeOthers.run()}
                >
                  {t('account.sessions.revoke_others')}
                </button>
              </Show>
              <FormNotice
                message={
                  revokedOthers() && !list().some((s) => !s.current) && t('account.sessions.revoked_others')
                }
              />
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
}
