import { decide } from '@steward/access';
import { NotFoundError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import type { BlobStore } from '../../blob/blob-store.ts';
import type { SupervisionCtx } from '../rectifications/context.ts';
import { loadConsequence } from './decide.ts';

const { consequenceAppeals } = schema;

export interface AppealFile {
  key: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * One file of an appeal, for the staff who decide it (anyone who reads consequences) and for the vendor
 * that filed it (its own contracts only; another vendor gets "not found", so ids cannot be probed). The
 * file is looked up by its SHA-256 among the appeal's recorded files and read from the key recorded at
 * upload: nothing from the address becomes part of a storage key.
 */
export async function readAppealEvidence(
  ctx: SupervisionCtx,
  blobs: BlobStore,
  consequenceId: string,
  sha256: string,
) {
  const { consequence, vendorId } = await loadConsequence(ctx, consequenceId);
  const staff = decide(ctx.principal, 'consequences.read', ctx.now.getTime()).allowed;
  ctx.authorize(staff ? 'consequences.read' : 'consequences.respond', {
    vendorId,
    contractId: consequence.contractId,
  });
  const [appeal] = await ctx.tx
    .select()
    .from(consequenceAppeals)
    .where(
      and(
        tenantFilter(consequenceAppeals.tenantId, ctx.scope.tenantId),
        eq(consequenceAppeals.consequenceId, consequence.id),
      ),
    );
  const file = (appeal?.evidence as AppealFile[] | undefined)?.find((f) => f.sha256 === sha256);
  if (!file) throw new NotFoundError();
  const blob = await blobs.get(file.key);
  if (!blob) throw new NotFoundError();
  return { file, data: blob.data };
}
