import { useLocation } from '@solidjs/router';
import { createMemo, createResource, createSignal, Match, Show, Switch } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { errorDisplay } from '../../lib/error-message.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert } from '../../shell/form.tsx';
import { LoadingState } from '../../shell/states.tsx';
import { QuestionCard } from './question-card.tsx';
import { localized, type PublicSurvey } from './survey-api.ts';
import './surveys.css';

type Value = number | boolean | string | null;

const posterKey = (secret: string) => `steward.survey.poster.${secret}`;

/**
 * A poster link (`#p.<tenant>.<secret>`) first asks for this device's own one-time invitation and keeps it,
 * so reloading the page does not take a second one.
 */
async function invitationToken(hash: string): Promise<string> {
  if (!hash.startsWith('p.')) return hash;
  try {
    const kept = localStorage.getItem(posterKey(hash));
    if (kept) return kept;
  } catch {
    // storage blocked: ask for one anyway
  }
  const { token } = await api.surveys.public.claim.mutate({ token: hash });
  try {
    localStorage.setItem(posterKey(hash), token);
  } catch {
    // nothing to keep it in
  }
  return token;
}

/** The survey on a phone: one question per card, big 1–5 faces, a clear thank-you and "already answered". */
export default function PublicSurveyPage() {
  const location = useLocation();
  const hash = () => location.hash.replace(/^#/, '');
  const [survey] = createResource(hash, async (h) => {
    const token = await invitationToken(h);
    return { token, data: await api.surveys.public.open.mutate({ token }) };
  });
  return (
    <section class="card survey-card" aria-live="polite">
      <Switch>
        <Match when={!hash()}>
          <p class="form-alert">{t('survey.public.missing')}</p>
        </Match>
        <Match when={survey.error}>
          <p class="form-alert" role="alert" data-testid="survey-error">
            {errorDisplay(survey.error, t).message}
          </p>
        </Match>
        <Match when={survey.loading}>
          <LoadingState />
        </Match>
        <Match when={survey()}>{(s) => <Survey token={s().token} data={s().data} />}</Match>
      </Switch>
    </section>
  );
}

function Survey(props: { token: string; data: PublicSurvey }) {
  const questions = createMemo(() =>
    props.data.sections.flatMap((s) =>
      s.questions.map((q) => ({
        section: s,
        question: q,
        key: `${s.contractId}|${s.serviceLineId}|${q.code}`,
      })),
    ),
  );
  const [step, setStep] = createSignal(-1);
  const [answers, setAnswers] = createSignal<Record<string, Value>>({});
  const [done, setDone] = createSignal<'received' | 'already_received' | null>(
    props.data.state === 'answered' ? 'already_received' : null,
  );
  const answered = () => Object.values(answers()).filter((v) => v !== null && v !== '').length;
  const submit = createAction(async () => {
    const result = await api.surveys.public.submit.mutate({
      token: props.token,
      answers: questions().map(({ section, question, key }) => ({
        contractId: section.contractId,
        serviceLineId: section.serviceLineId,
        code: question.code,
        value: answers()[key] ?? null,
      })),
    });
    setDone(result.status);
  });
  const set = (key: string, value: Value, advance: boolean) => {
    setAnswers((a) => ({ ...a, [key]: value }));
    if (advance) setStep((s) => s + 1);
  };
  return (
    <div class="survey" data-testid="survey">
      <p class="hint">{props.data.tenantName}</p>
      <h1>{props.data.round.title}</h1>
      <Switch>
        <Match when={done()}>
          {(state) => (
            <div class="survey-done" data-testid="survey-done" data-state={state()}>
              <p class="survey-done-mark" aria-hidden="true">
                ✓
              </p>
              <p>{state() === 'received' ? t('survey.public.thanks') : t('survey.public.answered')}</p>
            </div>
          )}
        </Match>
        <Match when={props.data.state === 'not_open'}>
          <p class="notice notice-warn">{t('survey.public.not_open')}</p>
        </Match>
        <Match when={step() < 0}>
          <p class="lead">{t('survey.public.intro')}</p>
          <button
            type="button"
            class="button button-primary button-big"
            data-testid="survey-start"
            onClick={() => setStep(0)}
          >
            {t('survey.public.start')}
          </button>
        </Match>
        <Match when={step() < questions().length}>
          <p class="survey-progress">
            {t('survey.public.progress', { n: step() + 1, total: questions().length })}
          </p>
          <progress value={step() + 1} max={questions().length} />
          <Show when={questions()[step()]} keyed>
            {(item) => (
              <QuestionCard
                heading={`${localized(item.section.lineName, locale())} · ${item.section.vendorName}`}
                question={item.question}
                value={answers()[item.key] ?? null}
                onAnswer={(value, advance) => set(item.key, value, advance)}
              />
            )}
          </Show>
          <div class="survey-nav">
            <button
              type="button"
              class="button"
              disabled={step() === 0}
              onClick={() => setStep((s) => s - 1)}
            >
              {t('survey.public.back')}
            </button>
            <button
              type="button"
              class="button"
              data-testid="survey-next"
              onClick={() => {
                const key = questions()[step()]!.key;
                if (!(key in answers())) set(key, null, false);
                setStep((s) => s + 1);
              }}
            >
              {answers()[questions()[step()]!.key] == null
                ? t('survey.public.skip')
                : t('survey.public.next')}
            </button>
          </div>
        </Match>
        <Match when={true}>
          <p class="lead">{t('survey.public.review', { n: answered() })}</p>
          <FormAlert message={submit.message()} />
          <div class="survey-nav">
            <button type="button" class="button" onClick={() => setStep((s) => s - 1)}>
              {t('survey.public.back')}
            </button>
            <button
              type="button"
              class="button button-primary button-big"
              data-testid="survey-submit"
              disabled={submit.pending()}
              onClick={() => void submit.run()}
            >
              {t('survey.public.submit')}
            </button>
          </div>
        </Match>
      </Switch>
    </div>
  );
}
