import { schema } from '@steward/db';

const { inspections } = schema;

/**
 * What a screen shows of an inspection beside a finding or a score entry: its kind and source, the day,
 * when it was submitted and by whom. Reads add the columns they need to this (whole rows are mapped
 * column by column on every read).
 */
export const inspectionHeadColumns = {
  id: inspections.id,
  kind: inspections.kind,
  source: inspections.source,
  inspectedOn: inspections.inspectedOn,
  submittedAt: inspections.submittedAt,
  inspectorUserId: inspections.inspectorUserId,
};
