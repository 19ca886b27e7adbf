import type { Database } from '@steward/db';
import { errorFields, type Logger } from '../../logger.ts';
import { runScheduledJobs } from './job.ts';

export const SCHEDULE_INTERVAL_MS = 15 * 60_000;

/**
 * The Node server's scheduler: runs the job now and every 15 minutes, never two runs at once (a slow run
 * makes the next tick skip, it does not queue). Returns a stop function.
 */
export function startPlanScheduler(
  db: Database,
  logger: Logger,
  options: { intervalMs?: number; now?: () => Date } = {},
): { stop(): void; tick(): Promise<void> } {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) {
      logger.info('scheduled job still running; this tick is skipped', { job: 'plans' });
      return running;
    }
    running = runScheduledJobs(db, options.now?.() ?? new Date(), logger)
      .then(() => undefined)
      .catch((error) => logger.error('scheduled job failed', { job: 'plans', ...errorFields(error) }))
      .finally(() => {
        running = null;
      });
    return running;
  };
  void tick();
  const timer = setInterval(() => void tick(), options.intervalMs ?? SCHEDULE_INTERVAL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer), tick };
}
