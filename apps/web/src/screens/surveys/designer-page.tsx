import { A } from '@solidjs/router';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { localized, type Question } from './survey-api.ts';
import './surveys.css';

const TYPES = ['satisfaction5', 'yesno', 'text'] as const;

/** The tenant's copy of a line's questionnaire: reorder, edit both languages, add and remove questions. */
export default function DesignerPage() {
  const lines = createLoader(() => api.surveys.questionnaires.list.query());
  const [line, setLine] = createSignal('');
  const chosen = () => line() || lines.data()?.[0]?.serviceLineId || '';
  return (
    <div class="page">
      <header class="page-header">
        <p>
          <A href="/surveys">← {t('survey.title')}</A>
        </p>
        <h1>{t('survey.designer')}</h1>
        <p class="lead">{t('survey.designer_lead')}</p>
      </header>
      <Loaded loader={lines}>
        {(list) => (
          <section class="card">
            <Field label={t('survey.line')}>
              {(ids) => (
                <select
                  id={ids.id}
                  data-testid="designer-line"
                  value={chosen()}
                  onChange={(e) => setLine(e.currentTarget.value)}
                >
                  <For each={list()}>
                    {(l) => (
                      <option value={l.serviceLineId}>
                        {localized(l.lineName, locale())} ·{' '}
                        {l.version === 0
                          ? t('survey.version_plugin')
                          : t('survey.version', { version: l.version })}
                      </option>
                    )}
                  </For>
                </select>
              )}
            </Field>
            <Show when={chosen()} keyed>
              {(id) => <Editor serviceLineId={id} onSaved={() => lines.reload()} />}
            </Show>
          </section>
        )}
      </Loaded>
    </div>
  );
}

function Editor(props: { serviceLineId: string; onSaved: () => Promise<void> }) {
  const view = createLoader(() =>
    api.surveys.questionnaires.get.query({ serviceLineId: props.serviceLineId }),
  );
  const [questions, setQuestions] = createSignal<Question[]>([]);
  const [saved, setSaved] = createSignal<number | null>(null);
  createEffect(
    on(view.data, (v) => v && setQuestions(v.questions.map((q) => ({ ...q, text: { ...q.text } })))),
  );
  const save = createAction(async () => {
    setSaved(null);
    const result = await api.surveys.questionnaires.save.mutate({
      serviceLineId: props.serviceLineId,
      baseVersion: view.data()!.version,
      questions: questions(),
    });
    await view.reload();
    await props.onSaved();
    setSaved(result.version);
  });
  const update = (i: number, next: Question) => setQuestions((qs) => qs.map((q, j) => (j === i ? next : q)));
  const move = (i: number, by: number) =>
    setQuestions((qs) => {
      const copy = [...qs];
      const [q] = copy.splice(i, 1);
      copy.splice(i + by, 0, q!);
      return copy;
    });
  return (
    <Loaded loader={view}>
      {(v) => (
        <form
          class="form"
          data-testid="designer-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save.run();
          }}
        >
          <p class="hint">
            {v().version === 0 ? t('survey.version_plugin') : t('survey.version', { version: v().version })}
          </p>
          <FormAlert message={save.message()} />
          <FormNotice message={saved() !== null && t('survey.saved', { version: saved()! })} />
          <ol class="designer-list">
            <For each={questions()}>
              {(q, i) => (
                <li class="designer-item" data-testid="designer-question">
                  <div class="designer-row">
                    <select
                      aria-label={t('survey.question_type')}
                      value={q.type}
                      onChange={(e) => update(i(), { ...q, type: e.currentTarget.value as Question['type'] })}
                    >
                      <For each={TYPES}>
                        {(type) => <option value={type}>{t(`survey.question_type.${type}`)}</option>}
                      </For>
                    </select>
                    <span class="hint-inline">{q.code}</span>
                  </div>
                  <Field
                    label={t('survey.question_zh')}
                    errors={save.fieldErrors(`questions.${i()}.text.zh`)}
                  >
                    {(ids) => (
                      <input
                        id={ids.id}
                        value={q.text.zh}
                        maxLength={300}
                        onChange={(e) =>
                          update(i(), { ...q, text: { ...q.text, zh: e.currentTarget.value } })
                        }
                      />
                    )}
                  </Field>
                  <Field label={t('survey.question_en')}>
                    {(ids) => (
                      <input
                        id={ids.id}
                        value={q.text.en}
                        maxLength={300}
                        onChange={(e) =>
                          update(i(), { ...q, text: { ...q.text, en: e.currentTarget.value } })
                        }
                      />
                    )}
                  </Field>
                  <div class="item-actions">
                    <button
                      type="button"
                      class="button button-small"
                      disabled={i() === 0}
                      onClick={() => move(i(), -1)}
                    >
                      {t('survey.move_up')}
                    </button>
                    <button
                      type="button"
                      class="button button-small"
                      disabled={i() === questions().length - 1}
                      onClick={() => move(i(), 1)}
                    >
                      {t('survey.move_down')}
                    </button>
                    <button
                      type="button"
                      class="button button-small"
                      onClick={() => setQuestions((qs) => qs.filter((_, j) => j !== i()))}
                    >
                      {t('survey.remove')}
                    </button>
                  </div>
                </li>
              )}
            </For>
          </ol>
          <For each={save.fieldErrors('questions')}>{(m) => <p class="form-alert">{m}</p>}</For>
          <div class="form-actions">
            <button
              type="button"
              class="button"
              onClick={() =>
                setQuestions((qs) => [
                  ...qs,
                  { code: `own.${Date.now().toString(36)}`, type: 'satisfaction5', text: { zh: '', en: '' } },
                ])
              }
            >
              {t('survey.add_question')}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => setQuestions(v().pluginQuestions.map((q) => ({ ...q, text: { ...q.text } })))}
            >
              {t('survey.reset_default')}
            </button>
            <button type="submit" class="button button-primary" disabled={save.pending()}>
              {t('survey.save_questionnaire')}
            </button>
          </div>
        </form>
      )}
    </Loaded>
  );
}
