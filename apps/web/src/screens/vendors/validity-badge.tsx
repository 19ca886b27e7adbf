import { Match, Switch } from 'solid-js';
import { t } from '../../i18n/locale.ts';

export interface Validity {
  status: 'valid' | 'expiring' | 'expired' | 'undated';
  daysLeft: number | null;
}

/** Expired in red, expiring soon in amber, valid in green, undated (long-term) muted. */
export function ValidityBadge(props: { validity: Validity }) {
  const days = () => props.validity.daysLeft ?? 0;
  return (
    <Switch>
      <Match when={props.validity.status === 'expired'}>
        <span class="badge badge-danger" data-validity="expired">
          {t('validity.expired', { days: -days() })}
        </span>
      </Match>
      <Match when={props.validity.status === 'expiring'}>
        <span class="badge badge-warn" data-validity="expiring">
          {days() === 0 ? t('validity.expires_today') : t('validity.expiring', { days: days() })}
        </span>
      </Match>
      <Match when={props.validity.status === 'valid'}>
        <span class="badge badge-ok" data-validity="valid">
          {t('validity.valid')}
        </span>
      </Match>
      <Match when={props.validity.status === 'undated'}>
        <span class="badge badge-muted" data-validity="undated">
          {t('validity.undated')}
        </span>
      </Match>
    </Switch>
  );
}

/** A vendor's counts of expired and expiring permits, shown only when there are some. */
export function AlertBadges(props: { alerts: { expired: number; expiring: number } }) {
  return (
    <>
      {props.alerts.expired > 0 && (
        <span class="badge badge-danger" data-testid="alert-expired">
          {t('vendors.alerts_expired', { count: props.alerts.expired })}
        </span>
      )}
      {props.alerts.expiring > 0 && (
        <span class="badge badge-warn" data-testid="alert-expiring">
          {t('vendors.alerts_expiring', { count: props.alerts.expiring })}
        </span>
      )}
    </>
  );
}
