/**
 * Endpoint URL templates: `{from}`, `{to}`, `{date}`, `{month}`, `{year}`,
 * `{page}`, `{pageSize}`, `{offset}`, `{id}`, `{section}`.
 */
export type TemplateVars = Partial<
  Record<'from' | 'to' | 'date' | 'month' | 'year' | 'page' | 'pageSize' | 'offset' | 'id' | 'section', string | number>
>;

const PLACEHOLDER = /\{(from|to|date|month|year|page|pageSize|offset|id|section)\}/g;

/** Which placeholders a template uses. */
export function placeholders(template: string): Set<string> {
  return new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]));
}

/** Fills the placeholders, URL-encoding each value; a missing value becomes ''. */
export const expandTemplate = (template: string, vars: TemplateVars): string =>
  template.replace(PLACEHOLDER, (_, name: keyof TemplateVars) => encodeURIComponent(vars[name] ?? ''));
