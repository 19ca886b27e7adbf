import { A, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { locale, t } from '../../i18n/locale.ts';
import { formatDateTime } from '../../lib/format.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { AnswerForm } from './answer-form.tsx';
import { DeadlineBadge, SeverityBadge, StatusBadge } from './deadline-badge.tsx';
import { PhotoGrid } from './photo-grid.tsx';
import { VerifyForm } from './verify-form.tsx';
import './rectifications.css';

/** One notice: the finding with its photos, every round (answer, photos, verification), and what to do next. */
export default function RectificationDetailPage() {
  const params = useParams();
  const auth = useAuth();
  const tz = useTimeZone();
  const detail = createLoader(() => api.rectifications.get.query({ id: params.id! }));
  const [outcome, setOutcome] = createSignal<string[]>([]);
  const when = (v: string | Date | null | undefined) => (v ? formatDateTime(v, locale(), tz()) : '');
  return (
    <div class="page">
      <Loaded loader={detail}>
        {(d) => (
          <>
            <header class="page-header">
              <p>
                <A href="/rectifications">← {t('rect.title')}</A>
              </p>
              <h1>
                {d().notice.itemCode} · {t('rect.round', { round: d().notice.round })}
              </h1>
              <p class="lead">
                {d().contract.code} · {d().contract.title} · {d().contract.vendorName}
              </p>
              <span class="badges">
                <StatusBadge status={d().notice.status} />
                <SeverityBadge severity={d().notice.severity} />
              </span>
              <DeadlineBadge
                deadlineAt={d().notice.deadlineAt}
                status={d().notice.status}
                answeredLate={d().notice.answeredLate}
              />
            </header>
            <Show when={d().finding}>
              {(f) => (
                <section class="card" aria-labelledby="finding-title">
                  <h2 id="finding-title" class="card-title">
                    {t('rect.finding')}
                  </h2>
                  <p>
                    {f().itemCode} · −{(f().deductionCenti / 100).toString()}
                  </p>
                  <Show when={f().note}>
                    <p class="hint">{f().note}</p>
                  </Show>
                  <p class="hint">
                    {t('rect.inspection_by', {
                      kind: t(`score.kind.${f().inspection.kind}` as 'score.kind.patrol'),
                      date: f().inspection.inspectedOn,
                      name: f().inspection.inspectorName ?? '',
                    })}
                  </p>
                  <PhotoGrid photos={f().photos} route="inspection" label={t('rect.finding_photos')} />
                </section>
              )}
            </Show>
            <section class="card" aria-labelledby="history-title">
              <h2 id="history-title" class="card-title">
                {t('rect.history')}
              </h2>
              <For each={outcome()}>{(line) => <FormNotice message={line} />}</For>
              <ol class="history" data-testid="history">
                <For each={d().history}>
                  {(h) => (
                    <li data-round={h.round} data-status={h.status}>
                      <strong>{t('rect.round', { round: h.round })}</strong> <StatusBadge status={h.status} />
                      <p class="hint">
                        {t('rect.issued', { time: when(h.issuedAt), name: h.issuedByName ?? '' })}
                      </p>
                      <Show when={h.instructions}>
                        <p>{h.instructions}</p>
                      </Show>
                      <DeadlineBadge
                        deadlineAt={h.deadlineAt}
                        status={h.status}
                        answeredLate={h.answeredLate}
                      />
                      <Show when={h.response}>
                        <p class="hint">
                          {t('rect.responded', { time: when(h.respondedAt), name: h.respondedByName ?? '' })}
                        </p>
                        <p data-testid="response">{h.response}</p>
                      </Show>
                      <PhotoGrid photos={h.photos} route="rectification" label={t('rect.answer_photos')} />
                      <Show when={h.verifiedAt}>
                        <p class="hint">
                          {t('rect.verified', { time: when(h.verifiedAt), name: h.verifiedByName ?? '' })}
                        </p>
                        <Show when={h.verificationNote}>
                          <p>{h.verificationNote}</p>
                        </Show>
                      </Show>
                    </li>
                  )}
                </For>
              </ol>
              <Show when={d().consequence}>
                {(c) => (
                  <p class="notice notice-warn" data-testid="consequence">
                    {t('cons.kind.exit_warning')} · {t(`cons.status.${c().status}` as 'cons.status.proposed')}
                  </p>
                )}
              </Show>
            </section>
            <Show
              when={
                auth.can('rectifications.respond') &&
                (d().notice.status === 'open' || d().notice.status === 'answered')
              }
            >
              <section class="card" aria-labelledby="answer-title">
                <h2 id="answer-title" class="card-title">
                  {t('rect.answer_title')}
                </h2>
                <AnswerForm
                  rectificationId={d().notice.id}
                  initial={d().notice.response}
                  onDone={() => detail.reload()}
                />
              </section>
            </Show>
            <Show
              when={
                auth.can('rectifications.verify') &&
                (d().notice.status === 'answered' || (d().notice.status === 'open' && d().notice.overdue))
              }
            >
              <section class="card" aria-labelledby="verify-title">
                <h2 id="verify-title" class="card-title">
                  {t('rect.verify_title')}
                </h2>
                <VerifyForm
                  rectificationId={d().notice.id}
                  answered={d().notice.status === 'answered'}
                  onDone={async (lines) => {
                    setOutcome(lines);
                    await detail.reload();
                  }}
                />
              </section>
            </Show>
          </>
        )}
      </Loaded>
    </div>
  );
}
