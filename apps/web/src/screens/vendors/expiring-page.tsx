import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { permitKindName } from './labels.ts';
import { ValidityBadge } from './validity-badge.tsx';

const HORIZONS = [30, 60, 90] as const;

/** Tenant-wide: every licence and staff certificate that has lapsed or lapses soon, soonest first. */
export default function ExpiringPage() {
  const [days, setDays] = createSignal<number | undefined>(undefined);
  const list = createLoader(() =>
    api.vendors.expiring.query(days() === undefined ? undefined : { withinDays: days()! }),
  );
  return (
    <div class="page">
      <p>
        <A href="/vendors">{t('vendors.back')}</A>
      </p>
      <header class="page-header">
        <h1>{t('expiring.title')}</h1>
        <p class="lead">{t('expiring.lead')}</p>
      </header>
      <section class="card" aria-label={t('expiring.title')}>
        <Field label={t('expiring.horizon')}>
          {(ids) => (
            <select
              id={ids.id}
              value={days() ?? ''}
              onChange={(e) => {
                setDays(e.currentTarget.value ? Number(e.currentTarget.value) : undefined);
                void list.reload();
              }}
            >
              <option value="">{t('expiring.horizon_default')}</option>
              <For each={HORIZONS}>
                {(d) => <option value={d}>{t('expiring.within', { days: d })}</option>}
              </For>
            </select>
          )}
        </Field>
        <Loaded loader={list}>
          {(data) => (
            <>
              <p class="hint">{t('expiring.as_of', { date: data().today, days: data().warningDays })}</p>
              <Show when={data().items.length > 0} fallback={<p class="hint">{t('expiring.none')}</p>}>
                <ul class="item-list" data-testid="expiring-list">
                  <For each={data().items}>
                    {(item) => (
                      <li class="item" data-testid="expiring-item" data-validity={item.validity.status}>
                        <div class="item-main">
                          <strong>
                            {item.subject === 'certificate'
                              ? `${item.staffName} · ${permitKindName(item.kind)}`
                              : permitKindName(item.kind)}
                          </strong>
                          <span class="hint">
                            <A href={`/vendors/${item.vendorId}`}>{item.vendorName}</A>
                            {item.number && ` · ${item.number}`} ·{' '}
                            {t('certificates.until', { date: item.validUntil ?? '' })}
                          </span>
                          <span class="badges">
                            <ValidityBadge validity={item.validity} />
                          </span>
                        </div>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </>
          )}
        </Loaded>
      </section>
    </div>
  );
}
