import { useNavigate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { formatDateTime } from '../../lib/format.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { ClockList } from './clocks.tsx';
import './complaints.css';

/** Enter a tracking code (a hotline caller reads it from a note). */
export function TrackLookup() {
  const navigate = useNavigate();
  const [code, setCode] = createSignal('');
  return (
    <section class="card auth-card">
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (code().trim()) navigate(`/track/${encodeURIComponent(code().trim())}`);
        }}
      >
        <h1>{t('cmp.track.title')}</h1>
        <Field label={t('cmp.track.code')}>
          {(ids) => (
            <input
              id={ids.id}
              required
              autocapitalize="characters"
              value={code()}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="form-actions">
          <button type="submit" class="button button-primary">
            {t('cmp.track.open')}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * The reporter's view: status, every deadline and the public steps — never internal notes, evidence or
 * names. When asked, the reporter answers "is it fixed?" or the handler's question here.
 */
export default function TrackPage() {
  const params = useParams<{ code: string }>();
  const tracked = createLoader(() => api.complaints.public.track.query({ code: params.code }));
  const [note, setNote] = createSignal('');
  const [done, setDone] = createSignal<string | null>(null);
  const feedback = createAction(async (fixed: boolean) => {
    await api.complaints.public.feedback.mutate({ code: params.code, fixed, note: note().trim() });
    setNote('');
    setDone(fixed ? t('cmp.track.thanks_fixed') : t('cmp.track.thanks_reopened'));
    await tracked.reload();
  });
  const reply = createAction(async () => {
    await api.complaints.public.reply.mutate({ code: params.code, note: note().trim() });
    setNote('');
    setDone(t('cmp.track.thanks_reply'));
    await tracked.reload();
  });
  return (
    <section class="card auth-card" aria-labelledby="track-title">
      <Loaded loader={tracked}>
        {(c) => (
          <div class="form" data-testid="tracking">
            <h1 id="track-title">{t('cmp.track.title')}</h1>
            <p class="tracking-code">{c().trackingCode}</p>
            <dl class="facts">
              <div>
                <dt>{t('cmp.status')}</dt>
                <dd data-testid="track-status" data-status={c().status}>
                  {t(`cmp.status.${c().status}` as 'cmp.status.received')}
                  <Show when={c().paused}>
                    {' '}
                    <span class="badge badge-warn">{t('cmp.paused')}</span>
                  </Show>
                </dd>
              </div>
              <div>
                <dt>{t('cmp.category')}</dt>
                <dd>{locale() === 'en' ? c().category.en : c().category.zh}</dd>
              </div>
              <div>
                <dt>{t('cmp.site')}</dt>
                <dd>{[c().site, c().location].filter(Boolean).join(' · ') || '—'}</dd>
              </div>
              <div>
                <dt>{t('cmp.received_at')}</dt>
                <dd>{formatDateTime(c().receivedAt, locale(), c().timeZone)}</dd>
              </div>
              <div>
                <dt>{t('cmp.description')}</dt>
                <dd>{c().description}</dd>
              </div>
            </dl>
            <h2>{t('cmp.deadlines')}</h2>
            <ClockList clocks={c().clocks} timeZone={c().timeZone} />
            <FormNotice message={done()} />
            <Show when={c().canConfirm || c().canReply}>
              <div class="card" data-testid="reporter-question">
                <FormAlert message={feedback.message() ?? reply.message()} />
                <p>{c().canConfirm ? t('cmp.track.is_fixed') : t('cmp.track.question')}</p>
                <Field label={t('cmp.track.note')}>
                  {(ids) => (
                    <textarea
                      id={ids.id}
                      rows={3}
                      maxLength={1000}
                      value={note()}
                      onInput={(e) => setNote(e.currentTarget.value)}
                    />
                  )}
                </Field>
                <div class="form-actions">
                  <Show
                    when={c().canConfirm}
                    fallback={
                      <button
                        type="button"
                        class="button button-primary"
                        disabled={reply.pending() || !note().trim()}
                        onClick={() => void reply.run()}
                      >
                        {t('cmp.track.send_reply')}
                      </button>
                    }
                  >
                    <button
                      type="button"
                      class="button button-primary"
                      disabled={feedback.pending()}
                      onClick={() => void feedback.run(true)}
                    >
                      {t('cmp.track.fixed')}
                    </button>
                    <button
                      type="button"
                      class="button"
                      disabled={feedback.pending()}
                      onClick={() => void feedback.run(false)}
                    >
                      {t('cmp.track.not_fixed')}
                    </button>
                  </Show>
                </div>
              </div>
            </Show>
            <h2>{t('cmp.timeline')}</h2>
            <ol class="timeline" data-testid="track-timeline">
              <For each={c().timeline}>
                {(e) => (
                  <li>
                    <strong>{t(`cmp.event.${e.kind}` as 'cmp.event.received')}</strong>{' '}
                    <span class="hint-inline">{formatDateTime(e.at, locale(), c().timeZone)}</span>
                    <Show when={e.publicNote}>
                      <p>{e.publicNote}</p>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </div>
        )}
      </Loaded>
    </section>
  );
}
