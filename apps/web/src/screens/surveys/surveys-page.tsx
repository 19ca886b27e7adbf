import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import { NewRoundForm } from './new-round-form.tsx';
import type { Round } from './survey-api.ts';
import { TiersCard } from './tiers-card.tsx';
import './surveys.css';

/** Rounds of the quarterly opinion survey, a new round, and the tenant's tiers. */
export default function SurveysPage() {
  const auth = useAuth();
  const rounds = createLoader(() => api.surveys.rounds.list.query());
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('survey.title')}</h1>
        <p class="lead">{t('survey.lead')}</p>
        <Show when={auth.can('surveys.manage')}>
          <p>
            <A href="/surveys/designer" class="button" data-testid="survey-designer-link">
              {t('survey.designer')}
            </A>
          </p>
        </Show>
      </header>
      <section class="card" aria-labelledby="rounds-title">
        <h2 id="rounds-title" class="card-title">
          {t('survey.rounds')}
        </h2>
        <Loaded loader={rounds}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="hint">{t('survey.rounds_empty')}</p>}>
              <ul class="item-list" data-testid="survey-rounds">
                <For each={list()}>{(round) => <RoundItem round={round} />}</For>
              </ul>
            </Show>
          )}
        </Loaded>
      </section>
      <Show when={auth.can('surveys.manage')}>
        <NewRoundForm onCreated={() => rounds.reload()} />
      </Show>
      <TiersCard editable={auth.can('tenant.manage')} />
    </div>
  );
}

function RoundItem(props: { round: Round }) {
  return (
    <li class="item" data-testid="survey-round" data-period={props.round.period}>
      <div class="item-main">
        <A href={`/surveys/rounds/${props.round.id}`}>
          <strong>{props.round.title}</strong>
        </A>
        <span class="hint">
          {props.round.opensOn} – {props.round.closesOn} ·{' '}
          {t('survey.invited_answered', {
            invited: props.round.invited,
            answered: props.round.answered,
          })}
        </span>
      </div>
      <span class={`badge ${props.round.status === 'open' ? 'badge-ok' : 'badge-muted'}`}>
        {t(`survey.status.${props.round.status}`)}
      </span>
    </li>
  );
}
