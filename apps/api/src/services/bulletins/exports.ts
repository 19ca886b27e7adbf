import { PreconditionError } from '@steward/core';
import type { SupervisionCtx } from '../rectifications/context.ts';
import { getBulletin } from './service.ts';
import type { BulletinDocument } from './workbook.ts';
import { bulletinWorkbook } from './workbook.ts';

const base64 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

async function documentOf(ctx: SupervisionCtx, id: string, canManage: boolean): Promise<BulletinDocument> {
  const row = await getBulletin(ctx, id, canManage);
  return {
    title: row.title,
    month: row.month,
    status: row.status,
    summary: row.summary,
    measures: row.measures,
    content: row.content,
  };
}

/** The workbook travels base64 in the tRPC answer; the browser saves it as a file. */
export async function exportWorkbook(ctx: SupervisionCtx, id: string, canManage: boolean) {
  const doc = await documentOf(ctx, id, canManage);
  const bytes = await bulletinWorkbook(doc);
  return {
    filename: `bulletin-${doc.month}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: base64(bytes),
  };
}

export async function exportPdf(
  ctx: SupervisionCtx & { bulletinPdf?: ((doc: BulletinDocument) => Promise<Uint8Array>) | undefined },
  id: string,
  canManage: boolean,
) {
  if (!ctx.bulletinPdf) throw new PreconditionError('bulletin.pdf_unavailable');
  const doc = await documentOf(ctx, id, canManage);
  const bytes = await ctx.bulletinPdf(doc);
  return { filename: `bulletin-${doc.month}.pdf`, contentType: 'application/pdf', base64: base64(bytes) };
}
