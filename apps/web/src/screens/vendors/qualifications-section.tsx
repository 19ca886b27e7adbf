import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { localizedName, permitKindName } from './labels.ts';
import { type QualificationFields, QualificationForm } from './qualification-form.tsx';
import { ValidityBadge } from './validity-badge.tsx';
import type { Qualification, ServiceLineOption } from './vendor-api.ts';

/** Licences and qualifications with validity; expired and expiring ones carry a badge. */
export function QualificationsSection(props: {
  vendorId: string;
  items: readonly Qualification[];
  lines: readonly ServiceLineOption[];
  manage: boolean;
  onChanged: () => Promise<void>;
}) {
  const [adding, setAdding] = createSignal(false);
  const add = createAction(async (fields: QualificationFields) => {
    await api.vendors.addQualification.mutate({ vendorId: props.vendorId, ...fields });
    setAdding(false);
    await props.onChanged();
    return true;
  });
  const lineName = (id: string | null) => {
    const line = props.lines.find((l) => l.id === id);
    return line ? localizedName(line.name) : id;
  };
  return (
    <section class="card" aria-labelledby="qualifications-title">
      <h2 id="qualifications-title" class="card-title">
        {t('qualifications.title')}
      </h2>
      <Show when={props.items.length > 0} fallback={<p class="hint">{t('qualifications.empty')}</p>}>
        <ul class="item-list" data-testid="qualification-list">
          <For each={props.items}>
            {(q) => (
              <QualificationItem
                q={q}
                lines={props.lines}
                lineName={lineName}
                manage={props.manage}
                onChanged={props.onChanged}
              />
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.manage}>
        <Show
          when={adding()}
          fallback={
            <button type="button" class="button" onClick={() => setAdding(true)}>
              {t('qualifications.add')}
            </button>
          }
        >
          <QualificationForm
            lines={props.lines.filter((l) => l.enabled)}
            action={add}
            submitLabel={t('qualifications.add')}
            onCancel={() => setAdding(false)}
          />
        </Show>
      </Show>
    </section>
  );
}

function QualificationItem(props: {
  q: Qualification;
  lines: readonly ServiceLineOption[];
  lineName: (id: string | null) => string | null;
  manage: boolean;
  onChanged: () => Promise<void>;
}) {
  const [editing, setEditing] = createSignal(false);
  const update = createAction(async (fields: QualificationFields) => {
    await api.vendors.updateQualification.mutate({ id: props.q.id, ...fields });
    setEditing(false);
    await props.onChanged();
    return true;
  });
  return (
    <li class="item" data-testid="qualification-item" data-validity={props.q.validity.status}>
      <div class="item-main">
        <strong>{permitKindName(props.q.kind)}</strong>
        <span class="hint">
          {props.q.number}
          {props.q.issuer && ` · ${props.q.issuer}`}
          {props.q.serviceLineId && ` · ${props.lineName(props.q.serviceLineId)}`}
        </span>
        <span class="hint">
          {t('qualifications.valid_range', {
            from: props.q.validFrom ?? '—',
            until: props.q.validUntil ?? t('validity.undated'),
          })}
        </span>
        <span class="badges">
          <ValidityBadge validity={props.q.validity} />
        </span>
      </div>
      <Show when={props.manage && !editing()}>
        <div class="item-actions">
          <button type="button" class="button button-small" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </button>
        </div>
      </Show>
      <Show when={editing()}>
        <div class="item-editor">
          <QualificationForm
            initial={props.q}
            lines={props.lines}
            action={update}
            submitLabel={t('common.save')}
            onCancel={() => setEditing(false)}
          />
        </div>
      </Show>
    </li>
  );
}
