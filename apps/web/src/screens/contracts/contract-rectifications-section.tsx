import { For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import { NoticeItem } from '../rectifications/notice-item.tsx';

/** The contract page's rectification notices, every deadline shown, overdue ones marked. */
export default function ContractRectificationsSection(props: { contract: { id: string } }) {
  const notices = createLoader(() => api.rectifications.list.query({ contractId: props.contract.id }));
  return (
    <section class="card" aria-labelledby="contract-rect-title" data-testid="contract-rectifications">
      <h2 id="contract-rect-title" class="card-title">
        {t('rect.title')}
      </h2>
      <Loaded loader={notices}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="hint">{t('rect.empty')}</p>}>
            <ul class="item-list">
              <For each={list()}>{(n) => <NoticeItem notice={n} />}</For>
            </ul>
          </Show>
        )}
      </Loaded>
    </section>
  );
}
