import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { loc } from './item-card.tsx';
import { certificateStateName } from './labels.ts';

/**
 * Certificates from external inspections (elevator periodic inspection, fire system annual test…) that
 * expire within their type's warning window or have expired: on the home screen and the contract page.
 */
export function CertificatesPanel(props: { contractId?: string; hideWhenEmpty?: boolean }) {
  const list = createLoader(() =>
    api.inspections.certificates.query(props.contractId ? { contractId: props.contractId } : {}),
  );
  const rows = () => list.data() ?? [];
  return (
    <Show when={!props.hideWhenEmpty || rows().length > 0}>
      <section class="card" data-testid="certificates" aria-labelledby="certificates-title">
        <h2 id="certificates-title" class="card-title">
          {t('insp.certificates_title')}
        </h2>
        <Show when={rows().length > 0} fallback={<p class="hint">{t('insp.certificates_none')}</p>}>
          <ul class="item-list">
            <For each={rows()}>
              {(c) => (
                <li class="item" data-testid="certificate">
                  <div class="item-main">
                    <A href={`/inspections/${c.inspectionId}`}>
                      {c.typeName ? loc(c.typeName) : c.typeCode} · {c.contractCode}
                    </A>
                    <p class="badges">
                      <span class={c.state === 'expired' ? 'badge badge-danger' : 'badge badge-warn'}>
                        {certificateStateName(c.state)}
                      </span>
                      <span class="hint-inline">{t('insp.cert_until', { date: c.validUntil })}</span>
                    </p>
                  </div>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </Show>
  );
}

/** The home screen's card for those who supervise: only when something is expiring. */
export function HomeCertificatesPanel() {
  return <CertificatesPanel hideWhenEmpty />;
}
