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
 * One JSON object per line. A class rather than closures, and the base fields serialized once: every
 * request makes a child (its request id) and writes a line, and on Node 20 closures plus
 * `{ ...options, base }` cost more than the rest of the lightest request's logging (docs/performance.md).
 */
class JsonLogger implements Logger {
  /** the base fields as JSON members (`"k":v,…`) */
  private readonly baseMembers: string;

  constructor(
    private readonly min: number,
    private readonly write: (line: string) => void,
    private readonly base: LogFields,
  ) {
    this.baseMembers = JSON.stringify(base).slice(1, -1);
  }

  private line(level: LogLevel, msg: string, fields: LogFields | undefined) {
    if (order[level] < this.min) return;
    // One object: time, level, msg, the base fields, the line's fields. A key given twice appears twice
    // and the later one wins, as a spread would decide it, for JSON.parse, jq and log collectors.
    let text = `{"time":"${new Date().toISOString()}","level":"${level}","msg":${JSON.stringify(msg)}`;
    if (this.baseMembers) text += `,${this.baseMembers}`;
    const members = fields ? JSON.stringify(fields).slice(1, -1) : '';
    if (members) text += `,${members}`;
    this.write(`${text}}`);
  }

  debug(msg: string, fields?: LogFields) {
    this.line('debug', msg, fields);
  }
  info(msg: string, fields?: LogFields) {
    this.line('info', msg, fields);
  }
  warn(msg: string, fields?: LogFields) {
    this.line('warn', msg, fields);
  }
  error(msg: string, fields?: LogFields) {
    this.line('error', msg, fields);
  }
  child(fields: LogFields): Logger {
    return new JsonLogger(this.min, this.write, Object.assign({}, this.base, fields));
  }
}

/**
 * Structured logs as one JSON object per line: readable by `jq`, by Workers Logs and by any collector.
 * `write` is injectable so tests can capture lines.
 */
export function createLogger(
  options: { level?: LogLevel; base?: LogFields; write?: (line: string) => void } = {},
): Logger {
  const write = options.write ?? ((line: string) => console.log(line));
  return new JsonLogger(order[options.level ?? 'info'], write, options.base ?? {});
}

/** Serializes an unknown error for a log line: the stack goes to the log, never to a response. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) return { error: error.name, message: error.message, stack: error.stack };
  return { error: String(error) };
}
