/** What the router needs to know of a contract. */
export interface RoutableContract {
  id: string;
  code: string;
  vendorId: string;
  siteIds: readonly string[];
  serviceLineIds: readonly string[];
  status: string;
  startsOn: string;
  endsOn: string;
}

export interface RouteSuggestion {
  serviceLineId: string | null;
  contractId: string | null;
  vendorId: string | null;
  /** why: which rule found it, or why nothing was found */
  reason: 'matched' | 'no_service_line' | 'no_contract' | 'several_contracts';
  /** every contract that matched, when more than one did (the first is suggested) */
  candidates: string[];
}

/**
 * Routes a complaint: the category names a service line (through the tenant's mapping), and the contract
 * is the active one covering that service line at the complaint's site on its day. Pure: the handler sees
 * the result as a suggestion and may correct it.
 */
export function routeComplaint(
  input: { siteId: string | null; category: string; day: string },
  categoryToServiceLine: Readonly<Record<string, string | null>>,
  contracts: readonly RoutableContract[],
): RouteSuggestion {
  const serviceLineId = categoryToServiceLine[input.category] ?? null;
  if (!serviceLineId) {
    return {
      serviceLineId: null,
      contractId: null,
      vendorId: null,
      reason: 'no_service_line',
      candidates: [],
    };
  }
  const matches = contracts
    .filter(
      (c) =>
        c.status === 'active' &&
        c.serviceLineIds.includes(serviceLineId) &&
        (input.siteId === null ? c.siteIds.length > 0 : c.siteIds.includes(input.siteId)) &&
        c.startsOn <= input.day &&
        input.day <= c.endsOn,
    )
    .sort((a, b) => a.code.localeCompare(b.code));
  const first = matches[0];
  if (!first) {
    return { serviceLineId, contractId: null, vendorId: null, reason: 'no_contract', candidates: [] };
  }
  return {
    serviceLineId,
    contractId: first.id,
    vendorId: first.vendorId,
    reason: matches.length > 1 ? 'several_contracts' : 'matched',
    candidates: matches.length > 1 ? matches.map((m) => m.id) : [],
  };
}
