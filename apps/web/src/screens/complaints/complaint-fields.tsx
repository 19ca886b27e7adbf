import { For } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import type { Action } from '../../lib/action.ts';
import { Field } from '../../shell/form.tsx';

export interface ComplaintDraft {
  siteId: string;
  category: string;
  location: string;
  description: string;
}

export const emptyDraft = (): ComplaintDraft => ({ siteId: '', category: '', location: '', description: '' });

export interface IntakeOptions {
  sites: readonly { id: string; name: string }[];
  categories: readonly { code: string; zh: string; en: string }[];
}

/** Where, what kind and what happened: the fields every channel asks for. */
export function ComplaintFields(props: {
  options: IntakeOptions;
  draft: ComplaintDraft;
  onChange: (next: ComplaintDraft) => void;
  action: Pick<Action<[], unknown>, 'fieldErrors'>;
}) {
  const set = (patch: Partial<ComplaintDraft>) => props.onChange({ ...props.draft, ...patch });
  return (
    <>
      <Field label={t('cmp.site')} errors={props.action.fieldErrors('siteId')}>
        {(ids) => (
          <select
            id={ids.id}
            aria-describedby={ids.describedBy}
            data-testid="complaint-site"
            value={props.draft.siteId}
            onChange={(e) => set({ siteId: e.currentTarget.value })}
          >
            <option value="">{t('cmp.site_unknown')}</option>
            <For each={props.options.sites}>{(s) => <option value={s.id}>{s.name}</option>}</For>
          </select>
        )}
      </Field>
      <Field
        label={t('cmp.location')}
        hint={t('cmp.location_hint')}
        errors={props.action.fieldErrors('location')}
      >
        {(ids) => (
          <input
            id={ids.id}
            aria-describedby={ids.describedBy}
            maxLength={200}
            data-testid="complaint-location"
            value={props.draft.location}
            onInput={(e) => set({ location: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field label={t('cmp.category')} errors={props.action.fieldErrors('category')}>
        {(ids) => (
          <select
            id={ids.id}
            required
            aria-describedby={ids.describedBy}
            data-testid="complaint-category"
            value={props.draft.category}
            onChange={(e) => set({ category: e.currentTarget.value })}
          >
            <option value="">{t('cmp.category_choose')}</option>
            <For each={props.options.categories}>
              {(c) => <option value={c.code}>{locale() === 'en' ? c.en : c.zh}</option>}
            </For>
          </select>
        )}
      </Field>
      <Field
        label={t('cmp.description')}
        hint={t('cmp.description_hint')}
        errors={props.action.fieldErrors('description')}
      >
        {(ids) => (
          <textarea
            id={ids.id}
            required
            minLength={5}
            maxLength={2000}
            rows={5}
            aria-describedby={ids.describedBy}
            data-testid="complaint-description"
            value={props.draft.description}
            onInput={(e) => set({ description: e.currentTarget.value })}
          />
        )}
      </Field>
    </>
  );
}

export const draftInput = (d: ComplaintDraft) => ({
  siteId: d.siteId || null,
  category: d.category,
  location: d.location.trim(),
  description: d.description.trim(),
});
