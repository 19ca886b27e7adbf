import { useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import type { ExternalTarget } from './inspections-api.ts';
import { loc } from './item-card.tsx';

/**
 * The external inspector's (or evaluator's) start: a contract and service line their grant covers, one of
 * the inspection types that line's plugin declares, the site; then the same form as everyone's.
 */
export default function ExternalInspectionPage() {
  const navigate = useNavigate();
  const targets = createLoader(() => api.inspections.externalTargets.query());
  const [targetIndex, setTargetIndex] = createSignal(0);
  const [typeCode, setTypeCode] = createSignal('');
  const [siteId, setSiteId] = createSignal('');
  const start = createAction(async (target: ExternalTarget) => {
    const type = typeCode() || target.types[0]?.code || '';
    const site = siteId() || (target.anySite ? '' : (target.sites[0]?.id ?? ''));
    const { id } = await api.inspections.startExternal.mutate({
      contractId: target.contract.id,
      serviceLineId: target.serviceLineId,
      ...(site ? { siteId: site } : {}),
      externalTypeCode: type,
    });
    navigate(`/inspections/${id}`);
  });
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('insp.external_title')}</h1>
        <p class="lead">{t('insp.external_intro')}</p>
      </header>
      <Loaded loader={targets}>
        {(list) => (
          <Show
            when={list().length > 0}
            fallback={<p class="notice notice-warn">{t('insp.external_none')}</p>}
          >
            <form
              class="form card"
              data-testid="external-start"
              onSubmit={(e) => {
                e.preventDefault();
                const target = list()[targetIndex()];
                if (target) void start.run(target);
              }}
            >
              <FormAlert message={start.message()} />
              <label class="field">
                <span class="field-label">{t('insp.external_contract')}</span>
                <select
                  name="target"
                  onChange={(e) => {
                    setTargetIndex(Number(e.currentTarget.value));
                    setTypeCode('');
                    setSiteId('');
                  }}
                >
                  <For each={list()}>
                    {(target, i) => (
                      <option value={i()}>
                        {target.contract.code} {target.contract.title} · {loc(target.pluginName)}
                      </option>
                    )}
                  </For>
                </select>
              </label>
              <Show when={list()[targetIndex()]}>
                {(target) => (
                  <>
                    <label class="field">
                      <span class="field-label">{t('insp.external_type')}</span>
                      <select
                        name="type"
                        value={typeCode()}
                        onChange={(e) => setTypeCode(e.currentTarget.value)}
                      >
                        <For each={target().types}>
                          {(type) => <option value={type.code}>{loc(type.name)}</option>}
                        </For>
                      </select>
                    </label>
                    <label class="field">
                      <span class="field-label">{t('insp.external_site')}</span>
                      <select name="site" value={siteId()} onChange={(e) => setSiteId(e.currentTarget.value)}>
                        <Show when={target().anySite}>
                          <option value="">{t('insp.any_site')}</option>
                        </Show>
                        <For each={target().sites}>
                          {(site) => <option value={site.id}>{site.name}</option>}
                        </For>
                      </select>
                    </label>
                  </>
                )}
              </Show>
              <div class="form-actions">
                <button type="submit" class="button button-primary" disabled={start.pending()}>
                  {t('insp.external_start')}
                </button>
              </div>
            </form>
          </Show>
        )}
      </Loaded>
    </div>
  );
}
