import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { type CertificateFields, CertificateForm } from './certificate-form.tsx';
import { permitKindName } from './labels.ts';
import { ValidityBadge } from './validity-badge.tsx';
import type { Staff } from './vendor-api.ts';

type Certificate = Staff['certificates'][number];

/** Staff on site with their job and health certificates; expired or expiring ones are flagged. */
export function StaffSection(props: {
  vendorId: string;
  staff: readonly Staff[];
  manage: boolean;
  onChanged: () => Promise<void>;
}) {
  const [name, setName] = createSignal('');
  const [job, setJob] = createSignal('');
  const [phone, setPhone] = createSignal('');
  const add = createAction(async () => {
    await api.vendors.addStaff.mutate({
      vendorId: props.vendorId,
      name: name().trim(),
      job: job().trim(),
      phone: phone().trim(),
    });
    setName('');
    setJob('');
    setPhone('');
    await props.onChanged();
    return true;
  });
  return (
    <section class="card" aria-labelledby="staff-title">
      <h2 id="staff-title" class="card-title">
        {t('staff.title')}
      </h2>
      <Show when={props.staff.length > 0} fallback={<p class="hint">{t('staff.empty')}</p>}>
        <ul class="item-list" data-testid="staff-list">
          <For each={props.staff}>
            {(s) => <StaffItem staff={s} manage={props.manage} onChanged={props.onChanged} />}
          </For>
        </ul>
      </Show>
      <Show when={props.manage}>
        <form
          class="form"
          data-testid="staff-form"
          onSubmit={(event) => {
            event.preventDefault();
            void add.run();
          }}
        >
          <h3 class="subsection-title">{t('staff.add')}</h3>
          <FormAlert message={add.message()} />
          <div class="field-row">
            <Field label={t('staff.name')} errors={add.fieldErrors('name')}>
              {(ids) => (
                <input
                  id={ids.id}
                  name="name"
                  required
                  maxLength={50}
                  value={name()}
                  onInput={(e) => setName(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field label={t('staff.job')} errors={add.fieldErrors('job')}>
              {(ids) => (
                <input
                  id={ids.id}
                  name="job"
                  required
                  maxLength={50}
                  value={job()}
                  onInput={(e) => setJob(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field label={t('staff.phone')} errors={add.fieldErrors('phone')}>
              {(ids) => (
                <input
                  id={ids.id}
                  name="phone"
                  type="tel"
                  maxLength={30}
                  value={phone()}
                  onInput={(e) => setPhone(e.currentTarget.value)}
                />
              )}
            </Field>
          </div>
          <div class="form-actions">
            <button type="submit" class="button button-primary" disabled={add.pending()}>
              {t('staff.add')}
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
}

function StaffItem(props: { staff: Staff; manage: boolean; onChanged: () => Promise<void> }) {
  const [adding, setAdding] = createSignal(false);
  const addCert = createAction(async (fields: CertificateFields) => {
    await api.vendors.addCertificate.mutate({ staffId: props.staff.id, ...fields });
    setAdding(false);
    await props.onChanged();
    return true;
  });
  const toggle = createAction(async () => {
    await api.vendors.updateStaff.mutate({ id: props.staff.id, active: !props.staff.active });
    await props.onChanged();
  });
  return (
    <li class="item" data-testid="staff-item">
      <div class="item-main">
        <strong>
          {props.staff.name} <span class="hint-inline">{props.staff.job}</span>
        </strong>
        <Show when={props.staff.phone}>
          <span class="hint">{props.staff.phone}</span>
        </Show>
        <Show when={!props.staff.active}>
          <span class="badges">
            <span class="badge badge-muted">{t('staff.inactive')}</span>
          </span>
        </Show>
        <ul class="stack" aria-label={t('certificates.title')}>
          <For each={props.staff.certificates} fallback={<li class="hint">{t('certificates.empty')}</li>}>
            {(c) => <CertificateItem cert={c} manage={props.manage} onChanged={props.onChanged} />}
          </For>
        </ul>
      </div>
      <Show when={props.manage && !adding()}>
        <div class="item-actions">
          <button type="button" class="button button-small" onClick={() => setAdding(true)}>
            {t('certificates.add')}
          </button>
          <button
            type="button"
            class="button button-small"
            disabled={toggle.pending()}
            onClick={() => void toggle.run()}
          >
            {props.staff.active ? t('staff.deactivate') : t('staff.activate')}
          </button>
        </div>
      </Show>
      <FormAlert message={toggle.message()} />
      <Show when={adding()}>
        <div class="item-editor">
          <CertificateForm
            action={addCert}
            submitLabel={t('certificates.add')}
            onCancel={() => setAdding(false)}
          />
        </div>
      </Show>
    </li>
  );
}

function CertificateItem(props: { cert: Certificate; manage: boolean; onChanged: () => Promise<void> }) {
  const [editing, setEditing] = createSignal(false);
  const renew = createAction(async (fields: CertificateFields) => {
    await api.vendors.updateCertificate.mutate({ id: props.cert.id, ...fields });
    setEditing(false);
    await props.onChanged();
    return true;
  });
  return (
    <li data-testid="certificate-item" data-validity={props.cert.validity.status}>
      <span>{permitKindName(props.cert.kind)}</span>{' '}
      <span class="hint-inline">
        {props.cert.number}{' '}
        {props.cert.validUntil && t('certificates.until', { date: props.cert.validUntil })}
      </span>{' '}
      <ValidityBadge validity={props.cert.validity} />
      <Show when={props.manage && !editing()}>
        {' '}
        <button type="button" class="button button-link" onClick={() => setEditing(true)}>
          {t('certificates.renew')}
        </button>
      </Show>
      <Show when={editing()}>
        <CertificateForm
          initial={props.cert}
          action={renew}
          submitLabel={t('common.save')}
          onCancel={() => setEditing(false)}
        />
      </Show>
    </li>
  );
}
