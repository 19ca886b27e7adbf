import { z } from 'zod';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);

/** R22: open the re-tender of a contract (from its re-tender flag, or for a date the supervisor names). */
export const openTenderSchema = z.object({
  contractId: z.uuid(),
  /** the re-tender date it answers; default: the flag's, else the contract's earliest one reached or next */
  dueOn: isoDate.optional(),
  flagConsequenceId: z.uuid().optional(),
  title: text(120).optional(),
  /** when the procurement opened (公告发布); default today — a re-tender may be recorded after the fact */
  openedOn: isoDate.optional(),
  closesOn: isoDate.optional(),
  notes: text(2000).default(''),
});

/** A bidder (投标单位) and its bid; recording the same vendor again updates its bid. */
export const bidSchema = z.object({
  tenderId: z.uuid(),
  vendorId: z.uuid(),
  priceFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().default(null),
  /** evaluation score in centipoints (0–100.00 points) */
  scoreCentipoints: z.number().int().min(0).max(10_000).nullable().default(null),
  note: text(500).default(''),
});

/** The award (中标): the winner among the bidders and the award notice (中标通知书) as evidence. */
export const awardSchema = z.object({
  tenderId: z.uuid(),
  winnerVendorId: z.uuid(),
  awardedOn: isoDate,
  awardReference: z.string().trim().min(1).max(80),
  handoverUntil: isoDate.optional(),
  notes: text(2000).optional(),
});

export const cancelSchema = z.object({
  tenderId: z.uuid(),
  reason: z.string().trim().min(1).max(500),
});

export type OpenTenderInput = z.infer<typeof openTenderSchema>;
export type BidInput = z.infer<typeof bidSchema>;
export type AwardInput = z.infer<typeof awardSchema>;
