import { A, useNavigate } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { locale, t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert } from '../../shell/form.tsx';
import type { EvidenceView, InspectionView } from './inspections-api.ts';
import { loc } from './item-card.tsx';
import { kindName, partyName, resultName, sourceName } from './labels.ts';
import './inspections.css';

function EvidenceList(props: { files: EvidenceView[] }) {
  const zone = useTimeZone();
  const when = (value: string | Date | null) => (value ? formatDateTime(value, locale(), zone()) : '—');
  return (
    <div class="insp-evidence">
      <For each={props.files}>
        {(file) => (
          <figure data-testid="evidence">
            <Show when={file.kind === 'photo'} fallback={<a href={file.url}>{file.originalName || 'PDF'}</a>}>
              <a href={file.url}>
                <img src={file.url} alt={file.originalName} loading="lazy" />
              </a>
            </Show>
            <figcaption>
              <div>
                {t('insp.sha256')}: <code data-testid="evidence-sha">{file.sha256}</code>
              </div>
              <div>
                {t('insp.device_time')}: {when(file.capturedAt)}
              </div>
              <div>
                {t('insp.server_time')}: {when(file.receivedAt)}
              </div>
            </figcaption>
          </figure>
        )}
      </For>
    </div>
  );
}

/** A submitted inspection (or someone else's draft), read-only: results, photos with SHA-256 and both times. */
export function InspectionDetail(props: { view: InspectionView; reload: () => Promise<void> }) {
  const auth = useAuth();
  const navigate = useNavigate();
  const zone = useTimeZone();
  const v = () => props.view;
  const me = () => auth.me()?.userId;
  const result = (code: string) => v().results.find((r) => r.itemCode === code);
  const sign = createAction(async () => {
    await api.inspections.sign.mutate({ inspectionId: v().inspection.id });
    await props.reload();
  });
  const correct = createAction(async () => {
    const { id } = await api.inspections.correct.mutate({ inspectionId: v().inspection.id });
    navigate(`/inspections/${id}`);
  });
  const mySignature = () => v().participants.find((p) => p.userId === me());
  const canCorrect = () =>
    v().inspection.status === 'submitted' && !v().correctedBy && (auth.can('inspections.record') || v().mine);
  const record = () => (v().inspection.externalRecord ?? {}) as Record<string, unknown>;
  return (
    <div class="stack" data-testid="inspection-detail">
      <Show when={v().inspection.status === 'submitted'}>
        <p class={v().counts ? 'notice notice-ok' : 'notice notice-warn'} data-testid="counts">
          {v().counts ? t('insp.counts_yes') : t('insp.counts_no')}
        </p>
      </Show>
      <section class="card">
        <dl class="facts">
          <dt>{t('insp.template')}</dt>
          <dd>{loc(v().template.name)}</dd>
          <dt>{t('insp.inspector')}</dt>
          <dd>{v().inspectorName}</dd>
          <dt>{t('insp.inspected_on')}</dt>
          <dd>{v().inspection.inspectedOn}</dd>
          <Show when={v().inspection.submittedAt}>
            {(at) => (
              <>
                <dt>{t('insp.submitted_at')}</dt>
                <dd>{formatDateTime(at(), locale(), zone())}</dd>
              </>
            )}
          </Show>
          <dt>SHA-256</dt>
          <dd>
            <code>{v().inspection.templateHash.slice(0, 16)}…</code>
          </dd>
        </dl>
        <p class="badges">
          <span class="badge badge-info">{kindName(v().inspection.kind)}</span>
          <span class="badge badge-muted">{sourceName(v().inspection.source)}</span>
        </p>
        <Show when={v().inspection.correctsInspectionId}>
          {(id) => (
            <p>
              {t('insp.corrects')} <A href={`/inspections/${id()}`}>{id().slice(0, 8)}</A>
            </p>
          )}
        </Show>
        <Show when={v().correctedBy}>
          {(by) => (
            <p>
              {t('insp.corrected_by')} <A href={`/inspections/${by().id}`}>{by().id.slice(0, 8)}</A>
            </p>
          )}
        </Show>
        <Show when={v().inspection.notes}>
          <p>{v().inspection.notes}</p>
        </Show>
      </section>
      <Show when={v().participants.length > 0}>
        <section class="card">
          <h2 class="card-title">{t('insp.participants')}</h2>
          <ul class="item-list">
            <For each={v().participants}>
              {(p) => (
                <li class="item">
                  {p.displayName} <span class="badge badge-muted">{partyName(p.party)}</span>{' '}
                  <span class={p.signedAt ? 'badge badge-ok' : 'badge badge-warn'}>
                    {p.signedAt ? t('insp.signed') : t('insp.not_signed')}
                  </span>
                </li>
              )}
            </For>
          </ul>
          <FormAlert message={sign.message()} />
          <Show when={v().inspection.status === 'submitted' && mySignature() && !mySignature()?.signedAt}>
            <button
              type="button"
              class="button button-primary"
              data-testid="sign"
              onClick={() => void sign.run()}
            >
              {t('insp.sign')}
            </button>
          </Show>
        </section>
      </Show>
      <Show when={v().external}>
        {(type) => (
          <section class="card">
            <h2 class="card-title">{loc(type().name)}</h2>
            <dl class="facts">
              <For each={type().records.filter((f) => f.type !== 'document')}>
                {(field) => (
                  <>
                    <dt>{loc(field.label)}</dt>
                    <dd>{String(record()[field.code] ?? '—')}</dd>
                  </>
                )}
              </For>
              <Show when={v().inspection.certificateValidUntil}>
                <dt>{t('insp.certificate_valid_until')}</dt>
                <dd data-testid="certificate-until">{v().inspection.certificateValidUntil}</dd>
              </Show>
            </dl>
            <EvidenceList
              files={v().evidence.filter((f) => f.itemCode?.startsWith('record:') || !f.itemCode)}
            />
          </section>
        )}
      </Show>
      <For each={v().items}>
        {(item) => (
          <article
            class="card insp-item"
            data-result={result(item.code)?.result ?? ''}
            data-testid="detail-item"
          >
            <p>
              <strong>{loc(item.text)}</strong>{' '}
              <span class="badge badge-muted">
                {result(item.code) ? resultName(result(item.code)!.result) : '—'}
              </span>
              <Show when={(result(item.code)?.deductionCenti ?? 0) > 0}>
                {' '}
                <span class="badge badge-danger">−{(result(item.code)?.deductionCenti ?? 0) / 100}</span>
              </Show>
            </p>
            <Show when={result(item.code)?.measurement != null}>
              <p class="hint">
                {result(item.code)?.measurement} {item.measurement?.unit}
              </p>
            </Show>
            <Show when={result(item.code)?.note}>
              <p>{result(item.code)?.note}</p>
            </Show>
            <EvidenceList files={v().evidence.filter((f) => f.itemCode === item.code)} />
          </article>
        )}
      </For>
      <FormAlert message={correct.message()} />
      <Show when={canCorrect()}>
        <button type="button" class="button" data-testid="correct" onClick={() => void correct.run()}>
          {t('insp.correct')}
        </button>
      </Show>
    </div>
  );
}
