import type { api } from '../../lib/trpc.ts';

export type Contract = Awaited<ReturnType<typeof api.contracts.get.query>>;
export type ContractOptions = Awaited<ReturnType<typeof api.contracts.options.query>>;
export type LevelWeights = Contract['effectiveWeights'];
export const CONTRACT_STATUSES = ['active', 'ended', 'terminated'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export const LEVELS = ['daily', 'monthly', 'semiannual', 'self'] as const;
