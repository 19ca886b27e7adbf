import { locale } from '../../i18n/locale.ts';
import type { api } from '../../lib/trpc.ts';

export type CataloguePlugin = Awaited<ReturnType<typeof api.catalogue.plugins.query>>[number];
export type StandardsView = Awaited<ReturnType<typeof api.catalogue.standards.query>>;
export type ViewItem = StandardsView['items'][number];
export type OverlayState = Awaited<ReturnType<typeof api.catalogue.overlay.get.query>>;
export type DiffRow = OverlayState['diff'][number];
export type Problem = OverlayState['problems'][number];

/** A `{ zh, en }` text in the UI language. */
export function loc(text: { zh: string; en: string } | null | undefined): string {
  if (!text) return '';
  return locale() === 'en' ? text.en : text.zh;
}
