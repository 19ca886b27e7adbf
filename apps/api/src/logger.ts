export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * Structured logs as one JSON object per line: readable by `jq`, by Workers Logs and by any collector.
 * `write` is injectable so tests can capture lines.
 */
export function createLogger(
  options: { level?: LogLevel; base?: LogFields; write?: (line: string) => void } = {},
): Logger {
  const min = order[options.level ?? 'info'];
  const base = options.base ?? {};
  const write = options.write ?? ((line: string) => console.log(line));
  const log =
    (level: LogLevel) =>
    (msg: string, fields: LogFields = {}) => {
      if (order[level] < min) return;
      write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...base, ...fields }));
    };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (fields) => createLogger({ ...options, base: { ...base, ...fields } }),
  };
}

/** Serializes an unknown error for a log line: the stack goes to the log, never to a response. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) return { error: error.name, message: error.message, stack: error.stack };
  return { error: String(error) };
}
