import type { Decision } from '@steward/access';
import { type Principal, rowVisibleUnderGrants } from '@steward/access';
import { type IsoDate, occurrenceStatus, type WorkingCalendar } from '@steward/core';
import { schema } from '@steward/db';
import type { Localized, PluginRegistry } from '@steward/plugin-sdk';

const { inspectionPlans, contracts, vendors, sites, users } = schema;

/** The columns every plan list selects (joins: contract, vendor, site, assignee). */
export const planColumns = {
  id: inspectionPlans.id,
  contractId: inspectionPlans.contractId,
  contractCode: contracts.code,
  contractTitle: contracts.title,
  vendorId: contracts.vendorId,
  vendorName: vendors.legalName,
  serviceLineId: inspectionPlans.serviceLineId,
  pluginId: inspectionPlans.pluginId,
  siteId: inspectionPlans.siteId,
  siteName: sites.name,
  kind: inspectionPlans.kind,
  scope: inspectionPlans.scope,
  templateCode: inspectionPlans.templateCode,
  cadenceCode: inspectionPlans.cadenceCode,
  periodStart: inspectionPlans.periodStart,
  dueOn: inspectionPlans.dueOn,
  warnFrom: inspectionPlans.warnFrom,
  assigneeUserId: inspectionPlans.assigneeUserId,
  assigneeName: users.displayName,
  sampledItemCodes: inspectionPlans.sampledItemCodes,
  status: inspectionPlans.status,
  inspectionId: inspectionPlans.inspectionId,
};

export interface PlanRecord {
  id: string;
  contractId: string;
  contractCode: string;
  contractTitle: string;
  vendorId: string;
  vendorName: string;
  serviceLineId: string | null;
  pluginId: string;
  siteId: string | null;
  siteName: string | null;
  kind: string;
  scope: string;
  templateCode: string;
  cadenceCode: string | null;
  periodStart: string;
  dueOn: string;
  warnFrom: string | null;
  assigneeUserId: string | null;
  assigneeName: string | null;
  sampledItemCodes: string[] | null;
  status: string;
  inspectionId: string | null;
}

export type LiveStatus = 'upcoming' | 'open' | 'due_soon' | 'overdue' | 'done' | 'missed' | 'cancelled';

export interface PlanView extends PlanRecord {
  lineName: Localized | null;
  cadenceName: Localized | null;
  /** computed now in the tenant's calendar: a planned plan past its due day shows overdue at once */
  liveStatus: LiveStatus;
}

/** Who may know about an unannounced spot check: the agency's own supervision, never a vendor. */
export const SPOT_ROLES: ReadonlySet<string> = new Set(['admin', 'supervisor', 'leader']);

export function seesSpotChecks(principal: Principal): boolean {
  return principal.roles.some((r) => SPOT_ROLES.has(r));
}

/** Spot checks for the agency only; grant holders see only what their grants cover. */
export function visibleTo(
  principal: Principal,
  decision: Decision,
  now: number,
): (row: Pick<PlanRecord, 'kind' | 'contractId' | 'serviceLineId' | 'siteId'>) => boolean {
  const spot = seesSpotChecks(principal);
  return (row) => {
    if (row.kind === 'spot' && !spot) return false;
    if (decision.allowed && decision.via === 'grant-scope')
      return rowVisibleUnderGrants(decision.grants, 'plans.read', row, now);
    return true;
  };
}

export function liveStatusOf(row: PlanRecord, now: number, calendar: WorkingCalendar): LiveStatus {
  if (row.status !== 'planned') return row.status as LiveStatus;
  return occurrenceStatus(
    {
      key: row.id,
      cadenceId: row.cadenceCode ?? '',
      periodStart: row.periodStart,
      periodEnd: row.dueOn,
      plannedDate: row.periodStart,
      dueDate: row.dueOn,
      warnFrom: row.warnFrom ?? row.periodStart,
    },
    now,
    calendar,
  );
}

/** Adds names from the plugins and the live status. */
export function toView(
  rows: readonly PlanRecord[],
  registry: PluginRegistry,
  now: number,
  calendar: WorkingCalendar,
): PlanView[] {
  return rows.map((row) => {
    const plugin = registry.get(row.pluginId)?.plugin;
    const cadence = plugin?.cadences.find((c) => c.code === row.cadenceCode);
    return {
      ...row,
      lineName: plugin?.name ?? null,
      cadenceName: cadence?.name ?? null,
      liveStatus: liveStatusOf(row, now, calendar),
    };
  });
}

export type { IsoDate };
