import type { api } from '../../lib/trpc.ts';

export type VendorPage = Awaited<ReturnType<typeof api.vendors.get.query>>;
export type Qualification = VendorPage['qualifications'][number];
export type Staff = VendorPage['staff'][number];
export type ServiceLineOption = Awaited<
  ReturnType<typeof api.contracts.options.query>
>['serviceLines'][number];
