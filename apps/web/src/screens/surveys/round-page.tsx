import { A, useParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { ResultsSection } from './results-section.tsx';
import type { RoundDetail } from './survey-api.ts';
import './surveys.css';

/** One round: open/close it, invite all or a sample, remind, the poster, and the results with the trend. */
export default function RoundPage() {
  const params = useParams<{ id: string }>();
  const auth = useAuth();
  const round = createLoader(() => api.surveys.rounds.get.query({ id: params.id }));
  const results = createLoader(() => api.surveys.results.query({ roundId: params.id }));
  const reload = async () => {
    await round.reload();
    await results.reload();
  };
  return (
    <div class="page">
      <header class="page-header">
        <p>
          <A href="/surveys">← {t('survey.title')}</A>
        </p>
        <Loaded loader={round}>
          {(r) => (
            <>
              <h1 data-testid="round-title">{r().title}</h1>
              <p class="lead">
                {r().period} · {r().opensOn} – {r().closesOn} ·{' '}
                <span class="badge badge-info" data-testid="round-status">
                  {t(`survey.status.${r().status}`)}
                </span>
              </p>
              <p class="hint">
                {t('survey.counts', {
                  members: r().counts.members,
                  poster: r().counts.poster,
                  answered: r().counts.answered,
                })}
              </p>
            </>
          )}
        </Loaded>
      </header>
      <Show when={auth.can('surveys.manage') && round.data()?.status !== 'closed' && round.data()}>
        {(r) => <ManageCard round={r()} onChanged={reload} />}
      </Show>
      <Loaded loader={results}>{(data) => <ResultsSection results={data()} />}</Loaded>
    </div>
  );
}

function ManageCard(props: { round: RoundDetail; onChanged: () => Promise<void> }) {
  const [notice, setNotice] = createSignal<string | null>(null);
  const [sampleSize, setSampleSize] = createSignal('');
  const act = createAction(async (kind: 'open' | 'close' | 'all' | 'sample' | 'remind' | 'poster') => {
    setNotice(null);
    const id = props.round.id;
    if (kind === 'open') await api.surveys.rounds.open.mutate({ id });
    if (kind === 'close') await api.surveys.rounds.close.mutate({ id });
    if (kind === 'poster') await api.surveys.enablePoster.mutate({ roundId: id });
    if (kind === 'all' || kind === 'sample') {
      const r = await api.surveys.invite.mutate({
        roundId: id,
        audience: kind,
        ...(kind === 'sample' ? { sampleSize: Number(sampleSize()) || 1 } : {}),
      });
      setNotice(t('survey.invited_result', { created: r.created, chosen: r.chosen, eligible: r.eligible }));
    }
    if (kind === 'remind') {
      const r = await api.surveys.remind.mutate({ roundId: id });
      setNotice(r.alreadySentToday ? t('survey.reminded_today') : t('survey.reminded', { sent: r.sent }));
    }
    await props.onChanged();
  });
  const status = () => props.round.status;
  return (
    <section class="card" aria-label={t('survey.invite')} data-testid="round-manage">
      <FormAlert message={act.message()} />
      <FormNotice message={notice()} />
      <div class="form-actions">
        <Show when={status() === 'draft'}>
          <button
            type="button"
            class="button button-primary"
            disabled={act.pending()}
            onClick={() => void act.run('open')}
          >
            {t('survey.open_round')}
          </button>
        </Show>
        <Show when={status() !== 'closed'}>
          <button type="button" class="button" disabled={act.pending()} onClick={() => void act.run('all')}>
            {t('survey.invite_all')}
          </button>
        </Show>
        <Show when={status() === 'open'}>
          <button
            type="button"
            class="button"
            disabled={act.pending()}
            onClick={() => void act.run('remind')}
          >
            {t('survey.remind')}
          </button>
          <button type="button" class="button" disabled={act.pending()} onClick={() => void act.run('close')}>
            {t('survey.close_round')}
          </button>
        </Show>
      </div>
      <Show when={status() !== 'closed'}>
        <div class="survey-sample">
          <Field label={t('survey.sample_size')}>
            {(ids) => (
              <input
                id={ids.id}
                type="number"
                min="1"
                inputmode="numeric"
                value={sampleSize()}
                onInput={(e) => setSampleSize(e.currentTarget.value)}
              />
            )}
          </Field>
          <button
            type="button"
            class="button"
            disabled={act.pending() || !sampleSize()}
            onClick={() => void act.run('sample')}
          >
            {t('survey.invite_sample')}
          </button>
        </div>
      </Show>
      <Show when={status() !== 'closed' || props.round.posterEnabled}>
        <h3>{t('survey.poster')}</h3>
        <p class="hint">{t('survey.poster_explain')}</p>
        <Show
          when={props.round.posterEnabled}
          fallback={
            <Show when={status() !== 'closed'}>
              <button
                type="button"
                class="button"
                disabled={act.pending()}
                onClick={() => void act.run('poster')}
              >
                {t('survey.poster_enable')}
              </button>
            </Show>
          }
        >
          <p class="hint">
            {t('survey.poster_issued', { issued: props.round.posterIssued, limit: props.round.posterLimit })}
          </p>
          <A class="button" href={`/surveys/rounds/${props.round.id}/poster`} data-testid="poster-link">
            {t('survey.poster_print')}
          </A>
        </Show>
      </Show>
    </section>
  );
}
