export { type AuditEvent, appendAudit, readChain } from './append.ts';
export { canonicalJson } from './canonical-json.ts';
export {
  type AuditEntry,
  type ChainCheckpoint,
  type ChainVerification,
  entryHash,
  GENESIS_HASH,
  verifyChain,
} from './chain.ts';
