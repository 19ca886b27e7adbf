import { For, Show } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { type Figure, localized, percent, type Results } from './survey-api.ts';
import { TrendChart } from './trend-chart.tsx';

/** A rate is never shown without the responses behind it, nor without its tier. */
function Rate(props: { figure: Figure }) {
  return (
    <span class="survey-rate" data-rate={props.figure.rateBp ?? ''}>
      <strong>{percent(props.figure.rateBp)}</strong>{' '}
      <span class="hint-inline">
        {props.figure.responses > 0
          ? t('survey.responses', { n: props.figure.responses })
          : t('survey.no_answers')}
      </span>
      <Show when={props.figure.tier}>
        {(tier) => (
          <span class="badge badge-info" data-testid="survey-tier">
            {tier().name}
          </span>
        )}
      </Show>
    </span>
  );
}

export function ResultsSection(props: { results: Results }) {
  const r = () => props.results;
  const trendSeries = () => [
    { label: t('survey.overall'), values: r().trend.map((p) => p.overall.rateBp) },
    ...r().byContract.map((c) => ({
      label: c.contractCode,
      values: r().trend.map((p) => p.contracts.find((x) => x.contractId === c.contractId)?.rateBp ?? null),
    })),
  ];
  return (
    <section class="card" aria-labelledby="results-title" data-testid="survey-results">
      <h2 id="results-title" class="card-title">
        {t('survey.results')}
      </h2>
      <p class="survey-overall" data-testid="survey-overall">
        {t('survey.rate')}: <Rate figure={r().overall} />
      </p>
      <p class="hint">{t('survey.definition')}</p>

      <h3>{t('survey.by_contract')}</h3>
      <table class="survey-table">
        <tbody>
          <For each={r().byContract}>
            {(c) => (
              <tr data-testid="survey-contract" data-code={c.contractCode}>
                <th scope="row">
                  {c.contractCode} <span class="hint-inline">{c.vendorName}</span>
                </th>
                <td>
                  <Rate figure={c} />
                  <span class="hint-inline"> {t('survey.target', { rate: percent(c.targetBp) })}</span>
                  <Show when={c.belowTarget}>
                    <span class="badge badge-danger">{t('survey.below_target')}</span>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>

      <h3>{t('survey.by_line')}</h3>
      <table class="survey-table">
        <tbody>
          <For each={r().byLine}>
            {(l) => (
              <tr>
                <th scope="row">{localized(l.lineName, locale())}</th>
                <td>
                  <Rate figure={l} />
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>

      <Show when={r().trend.length > 0}>
        <h3>{t('survey.trend')}</h3>
        <TrendChart periods={r().trend.map((p) => p.period)} series={trendSeries()} />
      </Show>

      <h3>{t('survey.by_question')}</h3>
      <For each={r().byTarget}>
        {(target) => (
          <details class="survey-target-details">
            <summary>
              {target.contractCode} · {localized(target.lineName, locale())} — <Rate figure={target} />
            </summary>
            <ul class="survey-questions">
              <For each={target.questions}>
                {(q) => (
                  <li>
                    <span>{localized(q.text, locale())}</span>
                    <Show when={q.type === 'satisfaction5'}>
                      <Distribution counts={q.counts} />
                    </Show>
                    <Show when={q.type === 'yesno'}>
                      <span class="hint-inline">
                        {t('survey.yes_no', { yes: q.counts[0] ?? 0, no: q.counts[1] ?? 0 })}
                      </span>
                    </Show>
                    <Show when={q.type === 'text' && q.comments.length > 0}>
                      <details>
                        <summary>{t('survey.comments', { n: q.comments.length })}</summary>
                        <ul>
                          <For each={q.comments}>{(c) => <li>{c}</li>}</For>
                        </ul>
                      </details>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </details>
        )}
      </For>
    </section>
  );
}

/** Counts of 1…5 as a stacked bar, red to green. */
function Distribution(props: { counts: number[] }) {
  const total = () => props.counts.reduce((a, b) => a + b, 0) || 1;
  return (
    <span class="survey-dist" role="img" aria-label={props.counts.map((n, i) => `${i + 1}: ${n}`).join(', ')}>
      <For each={props.counts}>
        {(n, i) => (
          <i class={`s${i() + 1}`} style={{ width: `${(n / total()) * 100}%` }} title={`${i() + 1}: ${n}`} />
        )}
      </For>
    </span>
  );
}
