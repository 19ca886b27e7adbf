import { useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';

/** A quarterly round: the quarter (this one by default), dates, and which contracts' lines it asks about. */
export function NewRoundForm(props: { onCreated: () => Promise<void> }) {
  const navigate = useNavigate();
  const options = createLoader(() => api.surveys.rounds.options.query());
  const [period, setPeriod] = createSignal('');
  const [title, setTitle] = createSignal('');
  const [opensOn, setOpensOn] = createSignal('');
  const [closesOn, setClosesOn] = createSignal('');
  const [targets, setTargets] = createSignal<string[]>([]);
  const create = createAction(async () => {
    const round = await api.surveys.rounds.create.mutate({
      period: period() || options.data()!.period,
      ...(title().trim() ? { title: title().trim() } : {}),
      ...(opensOn() ? { opensOn: opensOn() } : {}),
      ...(closesOn() ? { closesOn: closesOn() } : {}),
      targets: targets().map((key) => {
        const [contractId, serviceLineId] = key.split('|') as [string, string];
        return { contractId, serviceLineId };
      }),
    });
    await props.onCreated();
    navigate(`/surveys/rounds/${round.id}`);
    return round;
  });
  const toggle = (key: string, on: boolean) =>
    setTargets((list) => (on ? [...list.filter((k) => k !== key), key] : list.filter((k) => k !== key)));
  return (
    <section class="card" aria-labelledby="new-round-title">
      <h2 id="new-round-title" class="card-title">
        {t('survey.new_round')}
      </h2>
      <Loaded loader={options}>
        {(data) => (
          <form
            class="form"
            data-testid="survey-new-round"
            onSubmit={(event) => {
              event.preventDefault();
              void create.run();
            }}
          >
            <FormAlert message={create.message()} />
            <Field label={t('survey.period')} errors={create.fieldErrors('period')}>
              {(ids) => (
                <input
                  id={ids.id}
                  name="period"
                  pattern="\d{4}-Q[1-4]"
                  placeholder={data().period}
                  value={period() || data().period}
                  onInput={(e) => setPeriod(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field label={t('survey.round_title')} errors={create.fieldErrors('title')}>
              {(ids) => (
                <input
                  id={ids.id}
                  name="title"
                  maxLength={100}
                  onInput={(e) => setTitle(e.currentTarget.value)}
                />
              )}
            </Field>
            <div class="survey-dates">
              <Field label={t('survey.opens_on')} errors={create.fieldErrors('opensOn')}>
                {(ids) => (
                  <input id={ids.id} type="date" onInput={(e) => setOpensOn(e.currentTarget.value)} />
                )}
              </Field>
              <Field label={t('survey.closes_on')} errors={create.fieldErrors('closesOn')}>
                {(ids) => (
                  <input id={ids.id} type="date" onInput={(e) => setClosesOn(e.currentTarget.value)} />
                )}
              </Field>
            </div>
            <fieldset class="field">
              <legend class="field-label">{t('survey.targets')}</legend>
              <Show
                when={data().contracts.length > 0}
                fallback={<p class="hint">{t('survey.no_contracts')}</p>}
              >
                <div class="checkbox-options survey-targets">
                  <For each={data().contracts}>
                    {(c) => (
                      <For each={c.serviceLineIds}>
                        {(line) => (
                          <label class="checkbox">
                            <input
                              type="checkbox"
                              data-testid="survey-target"
                              checked={targets().includes(`${c.id}|${line}`)}
                              onChange={(e) => toggle(`${c.id}|${line}`, e.currentTarget.checked)}
                            />
                            <span>
                              {c.code} {c.title} · {line}
                            </span>
                          </label>
                        )}
                      </For>
                    )}
                  </For>
                </div>
              </Show>
              <For each={create.fieldErrors('targets')}>{(m) => <p class="form-alert">{m}</p>}</For>
            </fieldset>
            <div class="form-actions">
              <button class="button button-primary" type="submit" disabled={create.pending()}>
                {t('survey.create_round')}
              </button>
            </div>
          </form>
        )}
      </Loaded>
    </section>
  );
}
