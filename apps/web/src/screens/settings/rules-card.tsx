import { createSignal, For } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert, FormNotice } from '../../shell/form.tsx';
import { changedFields, type FieldSpec, RULE_GROUPS, type Rules, readRules } from './rules-fields.ts';

/**
 * The tenant's deadlines and deductions. Only the fields the admin changed are sent, so two admins editing
 * different rules do not undo each other; the server keeps the rest and audits the change.
 */
export function RulesCard(props: { rules: Rules; onSaved: (next: Rules) => void }) {
  const [values, setValues] = createSignal<Record<string, string>>(readRules(props.rules));
  const [saved, setSaved] = createSignal(false);
  const save = createAction(async () => {
    setSaved(false);
    const next = await api.settings.updateRules.mutate(changedFields(props.rules, values()));
    props.onSaved(next);
    setValues(readRules(next));
    setSaved(true);
  });
  const field = (spec: FieldSpec) => (
    <Field
      label={t(spec.label)}
      hint={spec.hint ? t(spec.hint) : undefined}
      errors={save.fieldErrors(spec.path)}
    >
      {(ids) => (
        <input
          id={ids.id}
          name={spec.path}
          inputMode={spec.points ? 'decimal' : 'numeric'}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          value={values()[spec.path] ?? ''}
          onInput={(e) => setValues({ ...values(), [spec.path]: e.currentTarget.value })}
        />
      )}
    </Field>
  );
  return (
    <section class="card" aria-labelledby="rules-title" data-testid="rules-card">
      <h2 id="rules-title" class="card-title">
        {t('settings.rules.title')}
      </h2>
      <p class="notice notice-warn">{t('settings.applies_to_new')}</p>
      <form
        class="form"
        data-testid="rules-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save.run();
        }}
      >
        <FormAlert message={save.message()} />
        <FormNotice message={saved() && t('common.saved')} />
        <For each={RULE_GROUPS}>
          {(group) => (
            <fieldset class="settings-group">
              <legend class="subsection-title">{t(group.title as MessageKey)}</legend>
              <div class="field-row">
                <For each={group.fields}>{field}</For>
              </div>
            </fieldset>
          )}
        </For>
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={save.pending()}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
