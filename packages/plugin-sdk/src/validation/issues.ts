/** One problem found in a plugin: where it is, and a message that names the plugin, the path and the fix. */
export interface PluginIssue {
  /** e.g. 'checklistTemplates[0].items[3].deduction' ('' for the plugin as a whole) */
  readonly path: string;
  /** e.g. 'plugin "elevator" checklistTemplates[0].items[3].deduction: min (5) is greater than default (2) — make min <= default <= max' */
  readonly message: string;
  /** 1-based line in the uploaded JSON/YAML text, when known */
  readonly line?: number;
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

export function pluginLabel(input: unknown): string {
  const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? `plugin "${id}"` : 'plugin (without an id)';
}

/** Collects issues for one plugin, formatting each message the same way. */
export class IssueCollector {
  readonly issues: (PluginIssue & { segments: readonly PathSegment[] })[] = [];
  constructor(private readonly label: string) {}

  add(path: readonly PathSegment[], problem: string, fix: string): void {
    const p = formatPath(path);
    const where = p === '' ? '' : ` ${p}`;
    this.issues.push({ path: p, segments: path, message: `${this.label}${where}: ${problem} — ${fix}` });
  }
}
