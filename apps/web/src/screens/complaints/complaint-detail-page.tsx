import { A, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { formatDateTime } from '../../lib/format.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import { ClockList } from './clocks.tsx';
import { WorkflowForms } from './workflow-forms.tsx';
import './complaints.css';

function Photo(props: { complaintId: string; sha256: string }) {
  const [url, setUrl] = createSignal<string | null>(null);
  return (
    <Show
      when={url()}
      fallback={
        <button
          type="button"
          class="button button-small"
          onClick={async () =>
            setUrl(
              (await api.complaints.photo.query({ id: props.complaintId, sha256: props.sha256 })).dataUrl,
            )
          }
        >
          {t('cmp.show_photo')} {props.sha256.slice(0, 8)}
        </button>
      }
    >
      {(u) => <img src={u()} alt={props.sha256} />}
    </Show>
  );
}

/** One complaint: facts, routing (suggested and chosen), every clock, the steps open now, and the timeline. */
export default function ComplaintDetailPage() {
  const params = useParams<{ id: string }>();
  const tz = useTimeZone();
  const detail = createLoader(() => api.complaints.get.query({ id: params.id }));
  return (
    <div class="page">
      <A href="/complaints">{t('cmp.back')}</A>
      <Loaded loader={detail}>
        {(c) => (
          <>
            <header class="page-header">
              <h1>
                {locale() === 'en' ? c().category.en : c().category.zh} · {c().trackingCode}
              </h1>
              <span class="badges">
                <span class="badge badge-info" data-testid="detail-status" data-status={c().status}>
                  {t(`cmp.status.${c().status}` as 'cmp.status.received')}
                </span>
                <Show when={c().paused}>
                  <span class="badge badge-warn">{t('cmp.paused')}</span>
                </Show>
              </span>
            </header>
            <section class="card">
              <dl class="facts">
                <div>
                  <dt>{t('cmp.channel')}</dt>
                  <dd>{t(`cmp.channel.${c().channel as 'web'}`)}</dd>
                </div>
                <div>
                  <dt>{t('cmp.reporter')}</dt>
                  <dd>
                    {c().reporter.anonymous
                      ? t('cmp.anonymous')
                      : [c().reporter.name, c().reporter.phone].filter(Boolean).join(' · ') ||
                        t('cmp.hidden')}
                  </dd>
                </div>
                <div>
                  <dt>{t('cmp.site')}</dt>
                  <dd>{[c().site?.name, c().location].filter(Boolean).join(' · ') || '—'}</dd>
                </div>
                <div>
                  <dt>{t('cmp.description')}</dt>
                  <dd>{c().description}</dd>
                </div>
                <div>
                  <dt>{t('cmp.contract')}</dt>
                  <dd data-testid="detail-contract">
                    {c().contract ? `${c().contract!.code} ${c().contract!.title}` : t('cmp.unrouted')}
                    <Show when={c().vendor}> · {c().vendor!.name}</Show>
                    <Show when={c().rerouted}>
                      <span class="hint">
                        {t('cmp.suggested', { contract: c().suggested.contract?.code ?? t('cmp.unrouted') })}
                      </span>
                    </Show>
                  </dd>
                </div>
                <Show when={c().substantiated !== null}>
                  <div>
                    <dt>{t('cmp.responsibility')}</dt>
                    <dd>
                      {c().substantiated
                        ? [c().responsibleVendor?.name, c().responsiblePerson].filter(Boolean).join(' · ')
                        : t('cmp.decide.unfounded')}
                      <Show when={c().deductionCenti}>
                        {(d) => (
                          <span class="hint">
                            {t('cmp.deduction', {
                              points: (d() / 100).toFixed(2),
                              month: c().scoreMonth ?? '',
                            })}
                          </span>
                        )}
                      </Show>
                    </dd>
                  </div>
                </Show>
                <Show when={c().rejectReason}>
                  <div>
                    <dt>{t('cmp.reject_reason')}</dt>
                    <dd>{c().rejectReason}</dd>
                  </div>
                </Show>
              </dl>
            </section>
            <section class="card">
              <h2 class="card-title">{t('cmp.deadlines')}</h2>
              <ClockList clocks={c().clocks} timeZone={tz()} />
            </section>
            <WorkflowForms c={c()} onDone={() => detail.reload()} />
            <section class="card">
              <h2 class="card-title">{t('cmp.timeline')}</h2>
              <ol class="timeline" data-testid="timeline">
                <For each={c().timeline}>
                  {(e) => (
                    <li data-kind={e.kind}>
                      <strong>{t(`cmp.event.${e.kind}` as 'cmp.event.received')}</strong>{' '}
                      <span class="hint-inline">
                        {formatDateTime(e.at, locale(), tz())} ·{' '}
                        {e.actor ?? t(`cmp.actor.${e.actorKind}` as 'cmp.actor.reporter')}
                      </span>
                      <Show when={e.note}>
                        <p>{e.note}</p>
                      </Show>
                      <Show when={e.publicNote && e.publicNote !== e.note}>
                        <p class="hint">{t('cmp.public_note', { note: e.publicNote ?? '' })}</p>
                      </Show>
                      <Show when={e.evidence.length > 0}>
                        <div class="photo-thumbs">
                          <For each={e.evidence}>
                            {(p) => <Photo complaintId={c().id} sha256={p.sha256} />}
                          </For>
                        </div>
                      </Show>
                    </li>
                  )}
                </For>
              </ol>
            </section>
          </>
        )}
      </Loaded>
    </div>
  );
}
