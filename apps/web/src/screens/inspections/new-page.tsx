import { useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { errorDisplay } from '../../lib/error-message.ts';
import { api } from '../../lib/trpc.ts';
import { LoadingState } from '../../shell/states.tsx';

type Params = {
  plan?: string;
  contract?: string;
  line?: string;
  site?: string;
  kind?: string;
  type?: string;
  template?: string;
};

const INTERNAL_KINDS = ['patrol', 'joint', 'leadership', 'spot'] as const;
type InternalKind = (typeof INTERNAL_KINDS)[number];

/**
 * `/inspections/new?plan=<id>` or `?contract=&line=&site=&kind=patrol` (`&type=` for an external type):
 * starts the inspection on the server (or resumes the draft of the same plan) and opens its form.
 */
export default function NewInspectionPage() {
  const [params] = useSearchParams<Params>();
  const navigate = useNavigate();
  const auth = useAuth();
  const [error, setError] = createSignal<string | null>(null);
  onMount(async () => {
    const target = {
      ...(params.plan ? { planId: params.plan } : {}),
      ...(params.contract ? { contractId: params.contract } : {}),
      ...(params.line ? { serviceLineId: params.line } : {}),
      ...(params.site ? { siteId: params.site } : {}),
    };
    try {
      const vendorOnly = auth.can('inspections.self') && !auth.can('inspections.record');
      const started = params.type
        ? await api.inspections.startExternal.mutate({ ...target, externalTypeCode: params.type })
        : params.kind === 'self' || vendorOnly
          ? await api.inspections.startSelf.mutate({
              ...target,
              ...(params.template ? { templateCode: params.template } : {}),
            })
          : await api.inspections.start.mutate({
              ...target,
              ...(INTERNAL_KINDS.includes(params.kind as InternalKind)
                ? { kind: params.kind as InternalKind }
                : {}),
              ...(params.template ? { templateCode: params.template } : {}),
            });
      navigate(`/inspections/${started.id}`, { replace: true });
    } catch (caught) {
      setError(errorDisplay(caught, t).message);
    }
  });
  return (
    <div class="page">
      <Show
        when={error()}
        fallback={
          <>
            <p class="hint">{t('insp.starting')}</p>
            <LoadingState />
          </>
        }
      >
        <div class="state state-error" role="alert">
          <p class="state-title">{t('insp.start_failed')}</p>
          <p data-testid="start-error">{error()}</p>
        </div>
      </Show>
    </div>
  );
}
