import { readFileSync } from 'node:fs';
import { type Database, inTenant, readChain, verifyChain } from '@steward/db';
import { type CliIo, requireOption, UsageError } from '../io.ts';

export async function auditCommand(
  db: Database,
  args: string[],
  options: Map<string, string | true>,
  io: CliIo,
) {
  const [sub] = args;
  const tenantId = requireOption(options, 'tenant');
  const chain = await inTenant(db, { tenantId, userId: null }, (tx) => readChain(tx, tenantId));
  if (sub === 'head') {
    const last = chain.at(-1);
    const head = last ? { tenantId, seq: last.seq, hash: last.hash, at: last.at } : null;
    io.result(head, () => io.out(head ? JSON.stringify(head) : 'The chain is empty.'));
    return 0;
  }
  if (sub === 'verify') {
    const file = options.get('checkpoint');
    const checkpoint =
      typeof file === 'string' ? { ...JSON.parse(readFileSync(file, 'utf8')), tenantId } : undefined;
    const result = verifyChain(tenantId, chain, checkpoint);
    io.result(result, () =>
      io.out(
        result.ok
          ? `Audit chain intact: ${result.entries} entries${result.head ? `, head ${result.head.seq} ${result.head.hash}` : ''}.`
          : `Audit chain BROKEN at entry ${result.firstBrokenSeq}: ${result.reason}`,
      ),
    );
    return result.ok ? 0 : 3;
  }
  throw new UsageError('audit verify --tenant <id> [--checkpoint <head.json>] | audit head --tenant <id>');
}
