import type { schema } from '@steward/db';

export type ComplaintEvidence = schema.ComplaintEvidence;
export type AgendaItem = schema.AgendaItem;
