import { createAsync, revalidate } from '@solidjs/router';
import { ErrorBoundary, Show, Suspense } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { ErrorState, LoadingState } from '../../shell/states.tsx';
import { getSystemInfo, type SystemInfo } from './system-info.ts';

/** The server this app talks to, live from `system.info`: proof that the whole chain works. */
export function SystemInfoPanel() {
  return (
    <section class="card" aria-labelledby="system-title">
      <h2 id="system-title" class="card-title">
        {t('system.title')}
      </h2>
      <ErrorBoundary
        fallback={(error, reset) => (
          <ErrorState
            error={error}
            onRetry={() => {
              // Drop the failed result first, so the remounted panel fetches again instead of rereading it.
              revalidate(getSystemInfo.key);
              reset();
            }}
          />
        )}
      >
        <Suspense fallback={<LoadingState />}>
          <SystemInfoDetails />
        </Suspense>
      </ErrorBoundary>
    </section>
  );
}

function SystemInfoDetails() {
  const info = createAsync(() => getSystemInfo());
  return (
    <Show when={info()}>
      {(current) => (
        <>
          <SystemInfoList info={current()} />
          <div class="card-actions">
            <button type="button" class="button" onClick={() => revalidate(getSystemInfo.key)}>
              {t('system.refresh')}
            </button>
          </div>
        </>
      )}
    </Show>
  );
}

function SystemInfoList(props: { info: SystemInfo }) {
  const timeZone = useTimeZone();
  const db = () => props.info.database;
  return (
    <dl class="facts" data-testid="system-info">
      <div>
        <dt>{t('system.version')}</dt>
        <dd data-testid="system-version">{props.info.version}</dd>
      </div>
      <div>
        <dt>{t('system.database')}</dt>
        <dd data-testid="system-database" data-kind={db().kind}>
          {t(db().kind === 'pglite' ? 'system.database.pglite' : 'system.database.postgres')}
        </dd>
      </div>
      <div>
        <dt>{t('system.migrations')}</dt>
        <dd data-testid="system-migrations">
          {t('system.migrations.value', {
            applied: db().migrationsApplied,
            expected: db().migrationsExpected,
          })}{' '}
          <span class={db().upToDate ? 'badge badge-ok' : 'badge badge-warn'}>
            {t(db().upToDate ? 'system.migrations.up_to_date' : 'system.migrations.behind')}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t('system.runtime')}</dt>
        <dd>{t(props.info.runtime === 'node' ? 'system.runtime.node' : 'system.runtime.workers')}</dd>
      </div>
      <div>
        <dt>{t('system.server_time')}</dt>
        <dd>
          <time datetime={props.info.serverTime} data-testid="system-server-time">
            {formatDateTime(props.info.serverTime, locale(), timeZone())}
          </time>
          <span class="hint">{t('system.time_zone', { zone: timeZone() })}</span>
        </dd>
      </div>
    </dl>
  );
}
