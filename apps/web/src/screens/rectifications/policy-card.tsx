import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';

type Policy = Awaited<ReturnType<typeof api.rectifications.policy.query>>;

/** The agency's rectification rules: working days to fix by severity, points a failed verification costs. */
export function PolicyCard() {
  const policy = createLoader(() => api.rectifications.policy.query());
  return (
    <section class="card" aria-labelledby="rect-policy-title">
      <h2 id="rect-policy-title" class="card-title">
        {t('rect.policy_title')}
      </h2>
      <p class="hint">{t('rect.policy_lead')}</p>
      <Loaded loader={policy}>{(p) => <PolicyForm initial={p()} onSaved={() => policy.reload()} />}</Loaded>
    </section>
  );
}

function PolicyForm(props: { initial: Policy; onSaved: () => Promise<void> }) {
  const [major, setMajor] = createSignal(String(props.initial.deadlineWorkingDays.major));
  const [general, setGeneral] = createSignal(String(props.initial.deadlineWorkingDays.general));
  const [notFixed, setNotFixed] = createSignal(String(props.initial.failedDeductionCenti.not_fixed / 100));
  const [partly, setPartly] = createSignal(String(props.initial.failedDeductionCenti.partly_fixed / 100));
  const [saved, setSaved] = createSignal(false);
  const save = createAction(async () => {
    setSaved(false);
    await api.rectifications.setPolicy.mutate({
      deadlineWorkingDays: { major: Number(major()), general: Number(general()) },
      failedDeductionCenti: {
        not_fixed: Math.round(Number(notFixed()) * 100),
        partly_fixed: Math.round(Number(partly()) * 100),
      },
    });
    setSaved(true);
    await props.onSaved();
  });
  const number = (
    label: string,
    value: () => string,
    set: (v: string) => void,
    step: string,
    field: string,
  ) => (
    <Field label={label} errors={save.fieldErrors(field)}>
      {(ids) => (
        <input
          id={ids.id}
          type="number"
          min="0"
          step={step}
          required
          aria-describedby={ids.describedBy}
          value={value()}
          onInput={(e) => set(e.currentTarget.value)}
        />
      )}
    </Field>
  );
  return (
    <form
      class="form"
      data-testid="rect-policy"
      onSubmit={(e) => {
        e.preventDefault();
        void save.run();
      }}
    >
      <FormAlert message={save.message()} />
      <Show when={saved()}>
        <FormNotice message={t('rect.policy_saved')} />
      </Show>
      <div class="field-row">
        {number(t('rect.policy_major_days'), major, setMajor, '1', 'deadlineWorkingDays.major')}
        {number(t('rect.policy_general_days'), general, setGeneral, '1', 'deadlineWorkingDays.general')}
      </div>
      <div class="field-row">
        {number(t('rect.policy_not_fixed'), notFixed, setNotFixed, '0.01', 'failedDeductionCenti.not_fixed')}
        {number(
          t('rect.policy_partly_fixed'),
          partly,
          setPartly,
          '0.01',
          'failedDeductionCenti.partly_fixed',
        )}
      </div>
      <div class="form-actions">
        <button type="submit" class="button button-primary" disabled={save.pending()}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
