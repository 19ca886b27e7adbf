import { type IsoDate, occurrenceKey, seedFromString, type WorkingCalendar } from '@steward/core';
import type { Cadence as PluginCadence, ResolvedServiceLine } from '@steward/plugin-sdk';
import type { SchedulableLine } from './lines.ts';
import { coreCadence, occurrencesFor, type Term } from './occurrences.ts';
import { lastDayOfMonth, monthlySpotSeed, monthsBetween, sampleVisits, unannouncedDay } from './spot.ts';

export interface ContractFacts extends Term {
  id: string;
  code: string;
  vendorId: string;
  serviceLineIds: string[];
  siteIds: string[];
}

export interface AssignmentFacts {
  userId: string;
  serviceLineId: string;
  siteId: string | null;
}

/** One row to insert into inspection_plans (status 'planned'). */
export interface PlanRow {
  key: string;
  contractId: string;
  serviceLineId: string | null;
  siteId: string | null;
  kind: string;
  scope: 'line' | 'vendor';
  pluginId: string;
  templateCode: string;
  cadenceCode: string | null;
  periodStart: IsoDate;
  dueOn: IsoDate;
  warnFrom: IsoDate;
  assigneeUserId: string | null;
  sampledItemCodes: string[] | null;
}

export interface BuildInput {
  tenantId: string;
  contracts: readonly ContractFacts[];
  lines: ReadonlyMap<string, SchedulableLine>;
  assignments: readonly AssignmentFacts[];
  calendar: WorkingCalendar;
  from: IsoDate;
  to: IsoDate;
  /** (item, site) pairs of each contract-line's monthly unannounced spot check; 0 = none */
  spotSampleSize: number;
}

/** Kinds the vendor does itself or an outside body does: no supervisor is assigned. */
const UNASSIGNED_KINDS = new Set(['self', 'external']);
/** Kinds done at each site of the contract; the others once per contract and line. */
const PER_SITE_KINDS = new Set(['patrol', 'self']);
const SPOT_ITEMS_PER_CADENCE = 5;

/** Who inspects a line at a site (条检): the site's supervisor, else the line's, else one of the contract's sites'. */
export function assigneeFor(
  assignments: readonly AssignmentFacts[],
  serviceLineId: string,
  siteId: string | null,
  contractSiteIds: readonly string[] = [],
): string | null {
  const forLine = assignments.filter((a) => a.serviceLineId === serviceLineId);
  const exact = siteId ? forLine.find((a) => a.siteId === siteId) : undefined;
  const lineWide = forLine.find((a) => a.siteId === null);
  const anySite = [...forLine]
    .sort((a, b) => (a.siteId ?? '').localeCompare(b.siteId ?? ''))
    .find((a) => a.siteId !== null && contractSiteIds.includes(a.siteId));
  return (exact ?? lineWide ?? (siteId ? undefined : anySite))?.userId ?? null;
}

function itemsOf(line: ResolvedServiceLine, templateCode: string): string[] {
  return line.checklistTemplates.find((t) => t.code === templateCode)?.items.map((i) => i.code) ?? [];
}

/** The checklist a line's unannounced spot check samples: its patrol's, else its first inspection's. */
function samplingTemplate(line: ResolvedServiceLine): string | undefined {
  const internal = line.cadences.filter((c) => !UNASSIGNED_KINDS.has(c.inspectionKind));
  return (internal.find((c) => c.inspectionKind === 'patrol') ?? internal[0])?.template;
}

/**
 * Every plan the cadences call for in [from, to]: pure, deterministic, keyed so that inserting the same
 * rows again changes nothing. Line inspections per contract × line (× site), block inspections per vendor,
 * plugin spot cadences and the monthly unannounced spot check with sampled items and sites.
 */
export function buildPlans(input: BuildInput): PlanRow[] {
  const rows: PlanRow[] = [];
  const { calendar, from, to } = input;
  for (const contract of input.contracts) {
    const sites: (string | null)[] = contract.siteIds.length > 0 ? contract.siteIds : [null];
    for (const pluginId of contract.serviceLineIds) {
      const line = input.lines.get(pluginId);
      if (line?.resolved.scope !== 'line') continue;
      for (const cadence of line.resolved.cadences) lineCadence(contract, line, cadence, sites);
      monthlySpot(contract, line, sites);
    }
  }
  for (const line of input.lines.values()) if (line.resolved.scope === 'vendor') vendorLine(line);
  return rows;

  function push(row: Omit<PlanRow, 'warnFrom'> & { warnFrom?: IsoDate }) {
    rows.push({ ...row, warnFrom: row.warnFrom ?? row.periodStart });
  }

  function lineCadence(
    contract: ContractFacts,
    line: SchedulableLine,
    cadence: PluginCadence,
    sites: (string | null)[],
  ) {
    const kind = cadence.inspectionKind;
    const perSite = PER_SITE_KINDS.has(kind) || kind === 'spot';
    const single = contract.siteIds.length === 1 ? contract.siteIds[0]! : null;
    for (const siteId of perSite ? sites : [single]) {
      const id = `line/${contract.id}/${line.pluginId}/${siteId ?? '-'}/${cadence.code}`;
      for (const o of occurrencesFor(coreCadence(id, cadence), from, to, calendar, contract)) {
        const base = {
          contractId: contract.id,
          serviceLineId: line.pluginId,
          kind,
          scope: 'line' as const,
          pluginId: line.pluginId,
          templateCode: cadence.template,
          cadenceCode: cadence.code,
          dueOn: o.dueDate,
        };
        if (kind === 'spot') {
          // A plugin's spot cadence: sampled items at this site, on an unannounced day of the period.
          const seed = seedFromString(`${input.tenantId}:${o.key}`);
          const items = itemsOf(line.resolved, cadence.template);
          const [visit] = sampleVisits(items, [siteId], SPOT_ITEMS_PER_CADENCE, seed);
          const day = unannouncedDay(calendar, o.plannedDate, o.dueDate, seed) ?? o.plannedDate;
          push({
            ...base,
            key: o.key,
            siteId,
            periodStart: day,
            assigneeUserId: assigneeFor(input.assignments, line.pluginId, siteId, contract.siteIds),
            sampledItemCodes: visit?.itemCodes ?? [],
          });
          continue;
        }
        push({
          ...base,
          key: o.key,
          siteId,
          periodStart: o.plannedDate,
          warnFrom: o.warnFrom,
          assigneeUserId: UNASSIGNED_KINDS.has(kind)
            ? null
            : assigneeFor(input.assignments, line.pluginId, siteId, contract.siteIds),
          sampledItemCodes: null,
        });
      }
    }
  }

  function monthlySpot(contract: ContractFacts, line: SchedulableLine, sites: (string | null)[]) {
    const template = samplingTemplate(line.resolved);
    if (input.spotSampleSize === 0 || !template) return;
    const items = itemsOf(line.resolved, template);
    for (const month of monthsBetween(from, to)) {
      const start = [month, contract.startsOn].sort()[1]!;
      const monthEnd = lastDayOfMonth(month);
      const end = [monthEnd, contract.endsOn].sort()[0]!;
      if (start > end || end < from) continue;
      const seed = monthlySpotSeed(input.tenantId, month.slice(0, 7), contract.id, line.pluginId);
      const day = unannouncedDay(calendar, start, end, seed);
      if (!day) continue;
      for (const visit of sampleVisits(items, sites, input.spotSampleSize, seed)) {
        push({
          key: `spot/${contract.id}/${line.pluginId}/${visit.siteId ?? '-'}:${month.slice(0, 7)}`,
          contractId: contract.id,
          serviceLineId: line.pluginId,
          siteId: visit.siteId,
          kind: 'spot',
          scope: 'line',
          pluginId: line.pluginId,
          templateCode: template,
          cadenceCode: null,
          periodStart: day,
          dueOn: end,
          assigneeUserId: assigneeFor(input.assignments, line.pluginId, visit.siteId, contract.siteIds),
          sampledItemCodes: visit.itemCodes,
        });
      }
    }
  }

  /** 块检 (R13): one vendor as a whole with the cross-line checklist, anchored on its first active contract. */
  function vendorLine(line: SchedulableLine) {
    const byVendor = new Map<string, ContractFacts[]>();
    for (const c of input.contracts) byVendor.set(c.vendorId, [...(byVendor.get(c.vendorId) ?? []), c]);
    for (const [vendorId, contracts] of byVendor) {
      const anchor = [...contracts].sort((a, b) => a.code.localeCompare(b.code))[0]!;
      const term = {
        startsOn: contracts.map((c) => c.startsOn).sort()[0]!,
        endsOn: contracts
          .map((c) => c.endsOn)
          .sort()
          .at(-1)!,
      };
      for (const cadence of line.resolved.cadences) {
        const id = `vendor/${vendorId}/${line.pluginId}/${cadence.code}`;
        for (const o of occurrencesFor(coreCadence(id, cadence), from, to, calendar, term)) {
          push({
            key: occurrenceKey(id, o.periodStart),
            contractId: anchor.id,
            serviceLineId: null,
            siteId: null,
            kind: cadence.inspectionKind,
            scope: 'vendor',
            pluginId: line.pluginId,
            templateCode: cadence.template,
            cadenceCode: cadence.code,
            periodStart: o.plannedDate,
            dueOn: o.dueDate,
            warnFrom: o.warnFrom,
            assigneeUserId: UNASSIGNED_KINDS.has(cadence.inspectionKind)
              ? null
              : assigneeFor(input.assignments, line.pluginId, null),
            sampledItemCodes: null,
          });
        }
      }
    }
  }
}
