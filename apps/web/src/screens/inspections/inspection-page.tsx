import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import { InspectionDetail } from './inspection-detail.tsx';
import { InspectionForm } from './inspection-form.tsx';
import { loc } from './item-card.tsx';
import { kindName, statusName } from './labels.ts';

/** `/inspections/:id`: the inspector's own draft as the phone form, anything else read-only. */
export default function InspectionPage() {
  const params = useParams<{ id: string }>();
  const view = createLoader(() => api.inspections.get.query({ id: params.id }));
  return (
    <div class="page">
      <p>
        <A href="/inspections">{t('insp.list_title')}</A>
      </p>
      <Loaded loader={view}>
        {(v) => (
          <>
            <header class="page-header">
              <h1 data-testid="inspection-title">
                {kindName(v().inspection.kind)} · {loc(v().template.name)}
              </h1>
              <p class="lead">
                {v().contract ? `${v().contract?.code} ${v().contract?.title}` : ''}{' '}
                <span
                  class={v().inspection.status === 'submitted' ? 'badge badge-ok' : 'badge badge-warn'}
                  data-testid="inspection-status"
                >
                  {statusName(v().inspection.status)}
                </span>
              </p>
            </header>
            <Show
              when={v().inspection.status === 'draft' && v().mine}
              fallback={<InspectionDetail view={v()} reload={view.reload} />}
            >
              <InspectionForm view={v()} onSubmitted={view.reload} onChanged={view.reload} />
            </Show>
          </>
        )}
      </Loaded>
    </div>
  );
}
