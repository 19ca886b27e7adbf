import { createSignal, For, Index, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import type { Action } from '../../lib/action.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { vendorStatusName } from './labels.ts';

export interface VendorContact {
  name: string;
  role: string;
  phone: string;
}

export interface VendorFields {
  legalName: string;
  creditCode: string;
  address: string;
  contacts: VendorContact[];
  status: 'active' | 'suspended' | 'exited';
}

const STATUSES = ['active', 'suspended', 'exited'] as const;

/** Create and edit a vendor; the credit code is checked on the server, which names the expected character. */
export function VendorForm(props: {
  initial?: VendorFields;
  submitLabel: string;
  action: Action<[VendorFields], unknown>;
  onCancel?: () => void;
  testId?: string;
}) {
  const [legalName, setLegalName] = createSignal(props.initial?.legalName ?? '');
  const [creditCode, setCreditCode] = createSignal(props.initial?.creditCode ?? '');
  const [address, setAddress] = createSignal(props.initial?.address ?? '');
  const [status, setStatus] = createSignal<VendorFields['status']>(props.initial?.status ?? 'active');
  const [contacts, setContacts] = createSignal<VendorContact[]>(
    props.initial?.contacts.length ? props.initial.contacts : [{ name: '', role: '', phone: '' }],
  );
  const setContact = (i: number, patch: Partial<VendorContact>) =>
    setContacts((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const text = (
    field: 'legalName' | 'creditCode' | 'address',
    value: () => string,
    set: (v: string) => void,
  ) => (
    <Field
      label={t(`vendors.${field}` as 'vendors.legalName')}
      hint={field === 'creditCode' ? t('vendors.creditCode_hint') : undefined}
      errors={props.action.fieldErrors(field)}
    >
      {(ids) => (
        <input
          id={ids.id}
          name={field}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          value={value()}
          required={field !== 'address'}
          maxLength={field === 'creditCode' ? 40 : 200}
          autocapitalize={field === 'creditCode' ? 'characters' : undefined}
          onInput={(event) => set(event.currentTarget.value)}
        />
      )}
    </Field>
  );
  return (
    <form
      class="form"
      data-testid={props.testId}
      onSubmit={async (event) => {
        event.preventDefault();
        const done = await props.action.run({
          legalName: legalName().trim(),
          creditCode: creditCode().trim(),
          address: address().trim(),
          contacts: contacts()
            .map((c) => ({ name: c.name.trim(), role: c.role.trim(), phone: c.phone.trim() }))
            .filter((c) => c.name),
          status: status(),
        });
        if (done !== undefined && !props.initial) {
          setLegalName('');
          setCreditCode('');
          setAddress('');
          setContacts([{ name: '', role: '', phone: '' }]);
        }
      }}
    >
      <FormAlert message={props.action.message()} />
      {text('legalName', legalName, setLegalName)}
      {text('creditCode', creditCode, setCreditCode)}
      {text('address', address, setAddress)}
      <fieldset class="field">
        <legend class="field-label">{t('vendors.contacts')}</legend>
        <Index each={contacts()}>
          {(contact, i) => (
            <div class="field-row">
              <input
                aria-label={t('vendors.contact_name')}
                placeholder={t('vendors.contact_name')}
                value={contact().name}
                maxLength={50}
                onInput={(e) => setContact(i, { name: e.currentTarget.value })}
              />
              <input
                aria-label={t('vendors.contact_role')}
                placeholder={t('vendors.contact_role')}
                value={contact().role}
                maxLength={50}
                onInput={(e) => setContact(i, { role: e.currentTarget.value })}
              />
              <input
                aria-label={t('vendors.contact_phone')}
                placeholder={t('vendors.contact_phone')}
                value={contact().phone}
                type="tel"
                maxLength={30}
                onInput={(e) => setContact(i, { phone: e.currentTarget.value })}
              />
            </div>
          )}
        </Index>
        <button
          type="button"
          class="button button-small"
          onClick={() => setContacts((list) => [...list, { name: '', role: '', phone: '' }])}
        >
          {t('vendors.add_contact')}
        </button>
      </fieldset>
      <Show when={props.initial}>
        <Field label={t('vendors.status')} errors={props.action.fieldErrors('status')}>
          {(ids) => (
            <select
              id={ids.id}
              name="status"
              value={status()}
              onChange={(e) => setStatus(e.currentTarget.value as VendorFields['status'])}
            >
              <For each={STATUSES}>{(s) => <option value={s}>{vendorStatusName(s)}</option>}</For>
            </select>
          )}
        </Field>
      </Show>
      <div class="form-actions">
        <button type="submit" class="button button-primary" disabled={props.action.pending()}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" class="button" onClick={() => props.onCancel?.()}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
