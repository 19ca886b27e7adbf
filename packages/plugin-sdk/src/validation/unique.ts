import { formatPath, type IssueCollector, type PathSegment } from './issues.ts';
import { type Loose, obj, objects, str } from './loose.ts';

export type Located = { code: string; path: PathSegment[] };

/** Codes of each kind with where they are defined; item codes are plugin-wide. */
export function collectLocatedCodes(p: unknown): Record<string, Located[]> {
  const at = (list: [Loose, number][], base: PathSegment[]): Located[] =>
    list.flatMap(([o, i]) => {
      const code = str(o, 'code');
      return code === undefined ? [] : [{ code, path: [...base, i] }];
    });
  const templates = objects(p, 'checklistTemplates');
  return {
    categories: at(objects(p, 'categories'), ['categories']),
    standards: at(objects(p, 'standards'), ['standards']),
    checklistTemplates: at(templates, ['checklistTemplates']),
    checklistItems: templates.flatMap(([t, ti]) =>
      at(objects(t, 'items'), ['checklistTemplates', ti, 'items']),
    ),
    cadences: at(objects(p, 'cadences'), ['cadences']),
    externalInspections: at(objects(p, 'externalInspections'), ['externalInspections']),
    workflows: at(objects(p, 'workflows'), ['workflows']),
    surveyQuestions: at(objects(obj(p, 'survey'), 'questions'), ['survey', 'questions']),
  };
}

export function checkUnique(c: IssueCollector, located: Located[], what: string): void {
  const first = new Map<string, PathSegment[]>();
  for (const { code, path } of located) {
    const prev = first.get(code);
    if (prev)
      c.add(
        [...path, 'code'],
        `${what} code "${code}" is already used at ${formatPath(prev)}`,
        'give each a unique code',
      );
    else first.set(code, path);
  }
}

export const located = (o: Loose, path: PathSegment[]): Located[] => {
  const code = str(o, 'code');
  return code === undefined ? [] : [{ code, path }];
};
