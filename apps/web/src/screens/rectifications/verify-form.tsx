import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';

type Outcome = 'fixed' | 'partly_fixed' | 'not_fixed';

/** The supervisor's (or general contractor's) check: fixed, partly fixed or not fixed, with a note. */
export function VerifyForm(props: {
  rectificationId: string;
  answered: boolean;
  onDone: (messages: string[]) => Promise<void>;
}) {
  const outcomes = (): Outcome[] => (props.answered ? ['fixed', 'partly_fixed', 'not_fixed'] : ['not_fixed']);
  const [outcome, setOutcome] = createSignal<Outcome>(props.answered ? 'fixed' : 'not_fixed');
  const [note, setNote] = createSignal('');
  const verify = createAction(async () => {
    const done = await api.rectifications.verify.mutate({
      id: props.rectificationId,
      outcome: outcome(),
      note: note().trim(),
    });
    const lines = [t('rect.verify_done')];
    if (done.next) lines.push(t('rect.next_round', { round: done.next.round }));
    if (done.consequence) lines.push(t('rect.exit_proposed'));
    // The form goes away once the notice is verified: the page keeps showing what happened.
    await props.onDone(lines);
  });
  return (
    <form
      class="form"
      data-testid="verify-form"
      onSubmit={(e) => {
        e.preventDefault();
        void verify.run();
      }}
    >
      <FormAlert message={verify.message()} />
      <fieldset class="field">
        <legend class="field-label">{t('rect.verification')}</legend>
        <div class="verify-options">
          <For each={outcomes()}>
            {(o) => (
              <label class="checkbox">
                <input
                  type="radio"
                  name="outcome"
                  value={o}
                  checked={outcome() === o}
                  onChange={() => setOutcome(o)}
                />
                {t(`rect.verify.${o}`)}
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <Field
        label={t('rect.verify_note')}
        hint={t('rect.verify_note_hint')}
        errors={verify.fieldErrors('note')}
      >
        {(ids) => (
          <textarea
            id={ids.id}
            name="note"
            rows={3}
            maxLength={2000}
            required={outcome() !== 'fixed'}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            value={note()}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        )}
      </Field>
      <Show when={true}>
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={verify.pending()}>
            {t('rect.verify_title')}
          </button>
        </div>
      </Show>
    </form>
  );
}
