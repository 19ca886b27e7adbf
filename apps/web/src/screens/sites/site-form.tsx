import { createSignal } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import type { Action } from '../../lib/action.ts';
import { splitList } from '../../lib/list-input.ts';
import { Field, FormAlert } from '../../shell/form.tsx';

export interface SiteFields {
  code: string;
  name: string;
  address: string;
  tags: string[];
}

/** Create and edit share one form; the caller's action carries the server's field errors back to it. */
export function SiteForm(props: {
  initial?: SiteFields;
  submitLabel: string;
  action: Action<[SiteFields], unknown>;
  onCancel?: () => void;
  testId?: string;
}) {
  const [code, setCode] = createSignal(props.initial?.code ?? '');
  const [name, setName] = createSignal(props.initial?.name ?? '');
  const [address, setAddress] = createSignal(props.initial?.address ?? '');
  const [tags, setTags] = createSignal(props.initial?.tags.join(', ') ?? '');
  const input = (field: string, value: () => string, set: (v: string) => void, extra: object = {}) => (
    <Field label={t(`sites.${field}` as 'sites.code')} errors={props.action.fieldErrors(field)}>
      {(ids) => (
        <input
          id={ids.id}
          name={field}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          value={value()}
          onInput={(event) => set(event.currentTarget.value)}
          {...extra}
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
        const form = event.currentTarget;
        const done = await props.action.run({
          code: code().trim(),
          name: name().trim(),
          address: address().trim(),
          tags: splitList(tags()),
        });
        if (done !== undefined && !props.initial) {
          setCode('');
          setName('');
          setAddress('');
          setTags('');
          form.querySelector('input')?.focus();
        }
      }}
    >
      <FormAlert message={props.action.message()} />
      {input('code', code, setCode, { required: true, maxLength: 32 })}
      {input('name', name, setName, { required: true, maxLength: 100 })}
      {input('address', address, setAddress, { maxLength: 200 })}
      <Field label={t('sites.tags')} hint={t('sites.tags_hint')} errors={props.action.fieldErrors('tags')}>
        {(ids) => (
          <input
            id={ids.id}
            name="tags"
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            value={tags()}
            onInput={(event) => setTags(event.currentTarget.value)}
          />
        )}
      </Field>
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
