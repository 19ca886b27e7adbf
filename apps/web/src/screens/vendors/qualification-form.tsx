import { createSignal, For } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import type { Action } from '../../lib/action.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { localizedName, permitKindName, QUALIFICATION_KINDS } from './labels.ts';
import type { ServiceLineOption } from './vendor-api.ts';

export interface QualificationFields {
  kind: string;
  number: string;
  issuer: string;
  serviceLineId: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

export function QualificationForm(props: {
  initial?: QualificationFields;
  lines: readonly ServiceLineOption[];
  action: Action<[QualificationFields], unknown>;
  submitLabel: string;
  onCancel?: () => void;
}) {
  const [kind, setKind] = createSignal(props.initial?.kind ?? 'business_licence');
  const [number, setNumber] = createSignal(props.initial?.number ?? '');
  const [issuer, setIssuer] = createSignal(props.initial?.issuer ?? '');
  const [line, setLine] = createSignal(props.initial?.serviceLineId ?? '');
  const [from, setFrom] = createSignal(props.initial?.validFrom ?? '');
  const [until, setUntil] = createSignal(props.initial?.validUntil ?? '');
  const input = (field: string, value: () => string, set: (v: string) => void, type = 'text') => (
    <Field
      label={t(`qualifications.${field}` as 'qualifications.number')}
      errors={props.action.fieldErrors(field)}
    >
      {(ids) => (
        <input
          id={ids.id}
          name={field}
          type={type}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          value={value()}
          required={field === 'number'}
          onInput={(e) => set(e.currentTarget.value)}
        />
      )}
    </Field>
  );
  return (
    <form
      class="form"
      data-testid="qualification-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const done = await props.action.run({
          kind: kind(),
          number: number().trim(),
          issuer: issuer().trim(),
          serviceLineId: line() || null,
          validFrom: from() || null,
          validUntil: until() || null,
        });
        if (done !== undefined && !props.initial) {
          setNumber('');
          setIssuer('');
          setFrom('');
          setUntil('');
        }
      }}
    >
      <FormAlert message={props.action.message()} />
      <Field label={t('qualifications.kind')} errors={props.action.fieldErrors('kind')}>
        {(ids) => (
          <select id={ids.id} name="kind" value={kind()} onChange={(e) => setKind(e.currentTarget.value)}>
            <For each={QUALIFICATION_KINDS}>{(k) => <option value={k}>{permitKindName(k)}</option>}</For>
          </select>
        )}
      </Field>
      {input('number', number, setNumber)}
      {input('issuer', issuer, setIssuer)}
      <Field label={t('qualifications.serviceLine')} errors={props.action.fieldErrors('serviceLineId')}>
        {(ids) => (
          <select
            id={ids.id}
            name="serviceLineId"
            value={line()}
            onChange={(e) => setLine(e.currentTarget.value)}
          >
            <option value="">{t('qualifications.no_line')}</option>
            <For each={props.lines}>{(l) => <option value={l.id}>{localizedName(l.name)}</option>}</For>
          </select>
        )}
      </Field>
      <div class="field-row">
        {input('validFrom', from, setFrom, 'date')}
        {input('validUntil', until, setUntil, 'date')}
      </div>
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
