import { Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { roleName } from '../../lib/roles.ts';
import { HomeCertificatesPanel } from '../inspections/certificates-panel.tsx';
import { AwaitingPanel } from '../outcomes/awaiting.tsx';
import { TodayPanel } from '../plans/today-panel.tsx';
import { SystemInfoPanel } from './system-info-panel.tsx';

export default function HomePage() {
  const auth = useAuth();
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('home.welcome')}</h1>
        <p class="lead">{t('home.intro')}</p>
      </header>
      <TodayPanel />
      <AwaitingPanel />
      <Show when={auth.activeTenant() && auth.can('inspections.record')}>
        <HomeCertificatesPanel />
      </Show>
      <Show
        when={auth.activeTenant()}
        fallback={
          <Show when={!auth.me()?.isPlatformOperator}>
            <p class="notice notice-warn">
              {(auth.me()?.tenants.length ?? 0) > 0 ? t('shell.choose_tenant') : t('shell.no_tenant')}
            </p>
          </Show>
        }
      >
        {(tenant) => (
          <section class="card" aria-labelledby="tenant-title">
            <h2 id="tenant-title" class="card-title" data-testid="active-tenant">
              {tenant().name}
            </h2>
            <p class="badges">
              {tenant().roles.map((role) => (
                <span class="badge badge-info">{roleName(role)}</span>
              ))}
            </p>
          </section>
        )}
      </Show>
      <SystemInfoPanel />
    </div>
  );
}
