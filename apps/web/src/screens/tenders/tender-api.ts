import type { api } from '../../lib/trpc.ts';

export type TendersView = Awaited<ReturnType<typeof api.tenders.forContract.query>>;
export type Tender = TendersView['tenders'][number];
export type VendorOption = { id: string; legalName: string };
