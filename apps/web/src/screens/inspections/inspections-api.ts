import { locale } from '../../i18n/locale.ts';
import type { api } from '../../lib/trpc.ts';

type Q = typeof api.inspections;
export type InspectionView = Awaited<ReturnType<Q['get']['query']>>;
export type InspectionItem = InspectionView['items'][number];
export type ItemResult = InspectionView['results'][number];
export type EvidenceView = InspectionView['evidence'][number];
export type InspectionSummary = Awaited<ReturnType<Q['list']['query']>>[number];
export type ExternalTarget = Awaited<ReturnType<Q['externalTargets']['query']>>[number];
export type CertificateView = Awaited<ReturnType<Q['certificates']['query']>>[number];
export type ResultValue = 'conform' | 'nonconform' | 'na';

/** A code the browser makes once per submission attempt: a retried submit carries the same one. */
export function newSubmissionId(): string {
  return crypto.randomUUID();
}

/** Sends one file as the raw body (the server computes its SHA-256); throws the server's message. */
export async function uploadEvidence(
  inspectionId: string,
  file: Blob,
  opts: { itemCode?: string | null; name: string; capturedAt: Date },
): Promise<EvidenceView> {
  const headers: Record<string, string> = {
    'content-type': file.type || 'application/octet-stream',
    'x-inspection-id': inspectionId,
    'x-file-name': encodeURIComponent(opts.name),
    'x-captured-at': opts.capturedAt.toISOString(),
    'x-steward-locale': locale(),
  };
  if (opts.itemCode) headers['x-item-code'] = encodeURIComponent(opts.itemCode);
  const res = await fetch('/api/evidence', {
    method: 'POST',
    headers,
    body: file,
    credentials: 'same-origin',
  });
  const body = (await res.json().catch(() => null)) as
    | (EvidenceView & { error?: undefined })
    | { error: { message: string } }
    | null;
  if (!res.ok || !body || body.error) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return body as EvidenceView;
}
