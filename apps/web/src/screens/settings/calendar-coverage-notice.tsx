import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';

/**
 * For screens that show deadlines: a warning while this year or the next has no holiday data and no
 * tenant entries, since deadlines there skip weekends only. Quiet when the check fails: it is advice.
 */
export function CalendarCoverageNotice() {
  const auth = useAuth();
  const coverage = createLoader(() => api.settings.calendarCoverage.query());
  const missing = () => coverage.data()?.missingYears ?? [];
  return (
    <Show when={missing().length > 0}>
      <p class="notice notice-warn" data-testid="calendar-coverage-notice">
        {t('settings.coverage.missing_short', { years: missing().join('、') })}{' '}
        <Show when={auth.can('tenant.manage')}>
          <A href="/settings">{t('nav.settings')}</A>
        </Show>
      </p>
    </Show>
  );
}
