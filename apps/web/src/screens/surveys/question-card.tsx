import { For, Match, Switch } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { localized, type Question } from './survey-api.ts';

const FACES = ['😣', '🙁', '😐', '🙂', '😄'];

type Value = number | boolean | string | null;

/** One question, big tap targets; choosing a face or yes/no moves on by itself. */
export function QuestionCard(props: {
  heading: string;
  question: Question;
  value: Value;
  onAnswer: (value: Value, advance: boolean) => void;
}) {
  return (
    <fieldset class="question-card" data-testid="survey-question" data-type={props.question.type}>
      <legend>
        <span class="hint">{props.heading}</span>
        <span class="question-text">{localized(props.question.text, locale())}</span>
      </legend>
      <Switch>
        <Match when={props.question.type === 'satisfaction5'}>
          <div class="faces">
            <For each={[5, 4, 3, 2, 1]}>
              {(score) => (
                <button
                  type="button"
                  class="face"
                  classList={{ 'is-chosen': props.value === score }}
                  aria-pressed={props.value === score}
                  data-score={score}
                  onClick={() => props.onAnswer(score, true)}
                >
                  <span aria-hidden="true">{FACES[score - 1]}</span>
                  <span>{t(`survey.face.${score as 1 | 2 | 3 | 4 | 5}`)}</span>
                </button>
              )}
            </For>
          </div>
        </Match>
        <Match when={props.question.type === 'yesno'}>
          <div class="faces faces-two">
            <For each={[true, false]}>
              {(yes) => (
                <button
                  type="button"
                  class="face"
                  classList={{ 'is-chosen': props.value === yes }}
                  aria-pressed={props.value === yes}
                  onClick={() => props.onAnswer(yes, true)}
                >
                  {yes ? t('survey.public.yes') : t('survey.public.no')}
                </button>
              )}
            </For>
          </div>
        </Match>
        <Match when={props.question.type === 'text'}>
          <textarea
            rows="4"
            maxLength={1000}
            placeholder={t('survey.public.text_placeholder')}
            value={typeof props.value === 'string' ? props.value : ''}
            onInput={(e) => props.onAnswer(e.currentTarget.value, false)}
          />
        </Match>
      </Switch>
    </fieldset>
  );
}
