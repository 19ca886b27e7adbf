import { createSignal, For } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import type { Action } from '../../lib/action.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { CERTIFICATE_KINDS, permitKindName } from './labels.ts';

export interface CertificateFields {
  kind: string;
  number: string;
  validUntil: string | null;
}

/** Add or renew a staff certificate (上岗证, 健康证…). */
export function CertificateForm(props: {
  initial?: CertificateFields;
  action: Action<[CertificateFields], unknown>;
  submitLabel: string;
  onCancel: () => void;
}) {
  const [kind, setKind] = createSignal(props.initial?.kind ?? 'health');
  const [number, setNumber] = createSignal(props.initial?.number ?? '');
  const [until, setUntil] = createSignal(props.initial?.validUntil ?? '');
  return (
    <form
      class="form"
      data-testid="certificate-form"
      onSubmit={async (event) => {
        event.preventDefault();
        await props.action.run({ kind: kind(), number: number().trim(), validUntil: until() || null });
      }}
    >
      <FormAlert message={props.action.message()} />
      <div class="field-row">
        <Field label={t('certificates.kind')} errors={props.action.fieldErrors('kind')}>
          {(ids) => (
            <select id={ids.id} name="kind" value={kind()} onChange={(e) => setKind(e.currentTarget.value)}>
              <For each={CERTIFICATE_KINDS}>{(k) => <option value={k}>{permitKindName(k)}</option>}</For>
            </select>
          )}
        </Field>
        <Field label={t('certificates.number')} errors={props.action.fieldErrors('number')}>
          {(ids) => (
            <input
              id={ids.id}
              name="number"
              value={number()}
              maxLength={64}
              onInput={(e) => setNumber(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label={t('certificates.validUntil')} errors={props.action.fieldErrors('validUntil')}>
          {(ids) => (
            <input
              id={ids.id}
              name="validUntil"
              type="date"
              value={until()}
              onInput={(e) => setUntil(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <div class="form-actions">
        <button type="submit" class="button button-primary" disabled={props.action.pending()}>
          {props.submitLabel}
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
