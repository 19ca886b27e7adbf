import { isDomainError } from '@steward/core';
import type { Database } from '@steward/db';
import { migratePostgres } from '@steward/db/node';
import { auditCommand } from './commands/audit.ts';
import { generateCommand, generateHelp } from './commands/generate.ts';
import { pluginsCommand, pluginsHelp } from './commands/plugins.ts';
import { tenantsCommand } from './commands/tenants.ts';
import { usersCommand } from './commands/users.ts';
import { openCliDatabase } from './database.ts';
import { type CliIo, createIo, parseArgs, UsageError } from './io.ts';

// The operator CLI: `npm run steward -- <command> [--json]`. Runs against DATABASE_URL, or the embedded
// database folder (stop `npm start` first: PGlite is a single-process store).

type Command = (
  db: Database,
  args: string[],
  options: Map<string, string | true>,
  io: CliIo,
) => Promise<number>;

const commands: Record<string, { run: Command; help: string }> = {
  tenants: {
    run: tenantsCommand,
    help: 'tenants list | tenants create --name … --admin-email … --admin-name …',
  },
  users: {
    run: usersCommand,
    help: 'users create --email … --name … [--password-env VAR] [--operator] [--tenant id --roles …] | users disable|enable --email …',
  },
  generate: { run: generateCommand, help: generateHelp },
  audit: {
    run: auditCommand,
    help: 'audit verify --tenant <id> [--checkpoint head.json] | audit head --tenant <id>',
  },
};

const usage = () =>
  [
    'Usage: npm run steward -- <command> [options] [--json]',
    '',
    '  migrate                 apply database migrations (DATABASE_URL, or the embedded folder)',
    `  ${'plugins'.padEnd(22)}  ${pluginsHelp}`,
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(22)}  ${c.help}`),
  ].join('\n');

async function main(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv);
  const io = createIo(options.get('json') === true);
  const [name, ...rest] = positional;
  if (!name || name === 'help' || options.get('help') === true) {
    io.out(usage());
    return name ? 0 : 2;
  }
  if (name === 'migrate') {
    if (process.env.DATABASE_URL) await migratePostgres(process.env.DATABASE_URL);
    else await (await openCliDatabase()).close(); // opening the embedded database migrates it
    io.result({ migrated: true }, () => io.out('Migrations applied.'));
    return 0;
  }
  // Installed plugins are part of the build, not the database.
  if (name === 'plugins') return pluginsCommand(rest, options, io);
  const command = commands[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  const handle = await openCliDatabase();
  try {
    return await command.run(handle.db, rest, options, io);
  } finally {
    await handle.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${usage()}\n`);
    process.exitCode = 2;
  } else if (isDomainError(error)) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
