import type { z } from 'zod';
import type { IssueCollector, PathSegment } from './issues.ts';

const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return String(v);
};
const oneOf = (values: readonly unknown[]): string => values.map(show).join(', ');

/** Turns a zod issue into "problem — fix" wording; our own refinements already carry that shape. */
export function addZodIssue(
  collector: IssueCollector,
  issue: z.core.$ZodIssue,
  base: PathSegment[] = [],
): void {
  const path = [...base, ...(issue.path as PathSegment[])];
  const hasInput = 'input' in issue;
  const input = (issue as { input?: unknown }).input;
  if (issue.message.includes(' — ')) {
    collector.add(path, ...splitOnce(issue.message));
    return;
  }
  switch (issue.code) {
    case 'invalid_type':
      if (!hasInput || input === undefined)
        collector.add(path, `is missing (expected ${issue.expected})`, 'add it');
      else
        collector.add(
          path,
          `expected ${issue.expected}, got ${show(input)}`,
          `change it to a ${issue.expected}`,
        );
      return;
    case 'unrecognized_keys':
      for (const key of issue.keys)
        collector.add(
          [...path, key],
          'is not a field of the plugin contract',
          'remove it or check its spelling',
        );
      return;
    case 'invalid_value':
      collector.add(path, `${show(input)} is not allowed`, `use one of ${oneOf(issue.values)}`);
      return;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options)
        collector.add(
          path,
          `${show(input && typeof input === 'object' ? (input as { type?: unknown }).type : input)} is not allowed`,
          `use one of ${oneOf(options)}`,
        );
      else
        collector.add(
          path,
          'matches none of the allowed shapes',
          'compare it with the contract in @steward/plugin-sdk',
        );
      return;
    }
    case 'too_small':
      collector.add(
        path,
        `is too small (minimum ${String(issue.minimum)})`,
        `use at least ${String(issue.minimum)}`,
      );
      return;
    case 'too_big':
      collector.add(
        path,
        `is too big (maximum ${String(issue.maximum)})`,
        `use at most ${String(issue.maximum)}`,
      );
      return;
    default:
      collector.add(path, issue.message, 'fix the value');
  }
}

function splitOnce(message: string): [string, string] {
  const at = message.indexOf(' — ');
  return [message.slice(0, at), message.slice(at + 3)];
}
