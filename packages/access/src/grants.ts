import type { GrantAction } from './permissions.ts';

/** A grant as the decision needs it. Empty scope lists mean "not restricted on that dimension". */
export interface GrantFacts {
  id: string;
  actions: readonly string[];
  contractIds: readonly string[];
  serviceLineIds: readonly string[];
  siteIds: readonly string[];
  validFrom: number;
  validUntil: number;
  revokedAt: number | null;
}

/** What a request touches, as far as it is known. */
export interface ResourceRef {
  /** The vendor the resource belongs to: contractors reach only their own. */
  vendorId?: string | null;
  contractId?: string | null;
  serviceLineId?: string | null;
  siteId?: string | null;
}

export type GrantState = 'active' | 'not_yet_valid' | 'expired' | 'revoked';

/** Valid from `validFrom` (inclusive) until `validUntil` (exclusive), unless revoked. */
export function grantState(grant: GrantFacts, now: number): GrantState {
  if (grant.revokedAt !== null && grant.revokedAt <= now) return 'revoked';
  if (now < grant.validFrom) return 'not_yet_valid';
  if (now >= grant.validUntil) return 'expired';
  return 'active';
}

function within(list: readonly string[], value: string | null | undefined): boolean {
  if (list.length === 0) return true;
  return value != null && list.includes(value);
}

/** Whether this grant lets its holder do `action` on `resource` at `now`. */
export function grantCovers(
  grant: GrantFacts,
  action: GrantAction,
  resource: ResourceRef,
  now: number,
): boolean {
  return (
    grantState(grant, now) === 'active' &&
    grant.actions.includes(action) &&
    within(grant.contractIds, resource.contractId) &&
    within(grant.serviceLineIds, resource.serviceLineId) &&
    within(grant.siteIds, resource.siteId)
  );
}

/** A grant must narrow at least one dimension: an unscoped grant would be a membership in disguise. */
export function isScoped(grant: Pick<GrantFacts, 'contractIds' | 'serviceLineIds' | 'siteIds'>): boolean {
  return grant.contractIds.length + grant.serviceLineIds.length + grant.siteIds.length > 0;
}

/** Grants that are active now and include `action`. */
export function activeGrantsFor(
  grants: readonly GrantFacts[],
  action: GrantAction,
  now: number,
): GrantFacts[] {
  return grants.filter((g) => grantState(g, now) === 'active' && g.actions.includes(action));
}
