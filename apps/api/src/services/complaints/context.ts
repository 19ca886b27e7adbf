import type { Permission, ResourceRef } from '@steward/access';
import type { AuditEvent, Database } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import type { BlobStore } from '../../blob/blob-store.ts';

/** What the complaint services need from a request, signed in or public. */
export interface ComplaintCtx {
  tx: Database;
  tenantId: string;
  tenant: { timeZone: string; settings: unknown };
  now: Date;
  /** null on the public form and tracking page */
  userId: string | null;
  plugins: PluginRegistry;
  blobs: BlobStore;
  audit(event: AuditEvent): Promise<void>;
  /** object-level check for signed-in callers; absent on the public path (the tracking code is the key) */
  authorize?(permission: Permission, resource: ResourceRef): void;
}
