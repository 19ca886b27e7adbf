import { For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { loc, type Problem } from './catalogue-api.ts';

/** Overlay changes the pinned version cannot apply: shown, never dropped. */
export function ProblemList(props: { problems: readonly Problem[] | undefined }) {
  return (
    <Show when={(props.problems?.length ?? 0) > 0}>
      <div class="state state-error" role="alert" data-testid="overlay-problems">
        <p class="state-title">{t('catalogue.problems_title')}</p>
        <ul>
          <For each={props.problems}>
            {(p) => (
              <li>
                <code>{p.op}</code> {loc(p.reason)}
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
