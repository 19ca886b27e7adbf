import { isNode, LineCounter, parseDocument } from 'yaml';
import type { DataServiceLinePlugin } from './contract.ts';
import type { PluginIssue } from './validation/issues.ts';
import { collectIssues, type ValidationResult } from './validation/validate.ts';

export type DataPluginFormat = 'json' | 'yaml';

/**
 * Parses and validates a data-only plugin (uploaded by a tenant admin or loaded by the CLI).
 * Same contract and checks as a code plugin, minus functions. Errors carry the field path and,
 * where the text allows, the 1-based line; nothing is returned unless everything is valid.
 */
export function parseDataPlugin(
  text: string,
  format: DataPluginFormat,
  opts: { readonly coreVersion: string },
): ValidationResult<DataServiceLinePlugin> {
  const lineCounter = new LineCounter();
  // JSON is YAML 1.2, so one parser gives line numbers for both; JSON.parse still decides JSON validity.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  let data: unknown;
  if (format === 'json') {
    try {
      data = JSON.parse(text);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const pos = /position (\d+)/.exec(message);
      const line = pos ? lineCounter.linePos(Number(pos[1])).line : undefined;
      return fail([syntaxIssue('JSON', message, line)]);
    }
  } else {
    if (doc.errors.length > 0)
      return fail(
        doc.errors.map((err) =>
          syntaxIssue(
            'YAML',
            err.message.split('\n')[0] ?? err.message,
            lineCounter.linePos(err.pos[0]).line,
          ),
        ),
      );
    data = doc.toJS({ maxAliasCount: 100 });
  }
  const issues = collectIssues(data, { coreVersion: opts.coreVersion, kind: 'data' });
  if (issues.length === 0) return { ok: true, plugin: data as DataServiceLinePlugin };
  return fail(
    issues.map(({ segments, ...issue }) => {
      const line = lineOf(segments);
      return line === undefined ? issue : { ...issue, line, message: `${issue.message} (line ${line})` };
    }),
  );

  function lineOf(segments: readonly (string | number)[]): number | undefined {
    if (doc.errors.length > 0) return undefined;
    // The nearest node that exists: a missing field is reported on its parent's line.
    for (let n = segments.length; n >= 0; n--) {
      const node = doc.getIn(segments.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  }
}

const fail = (errors: PluginIssue[]): ValidationResult<DataServiceLinePlugin> => ({ ok: false, errors });

function syntaxIssue(format: string, detail: string, line: number | undefined): PluginIssue {
  const where = line === undefined ? '' : ` (line ${line})`;
  return {
    path: '',
    message: `plugin (uploaded ${format}): the text is not valid ${format}: ${detail}${where} — fix the syntax and upload again`,
    ...(line === undefined ? {} : { line }),
  };
}
