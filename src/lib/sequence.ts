/** Previous and next in a reading order, for the pager at the foot of a page. */
import type { Label } from './i18n/label.ts';

export interface PageLink {
  href: string;
  label: Label;
}

export function neighbours<T>(
  items: readonly T[],
  isCurrent: (item: T) => boolean,
  toLink: (item: T) => PageLink,
): { prev: PageLink | null; next: PageLink | null } {
  const i = items.findIndex(isCurrent);
  if (i < 0) return { prev: null, next: null };
  return {
    prev: i > 0 ? toLink(items[i - 1]!) : null,
    next: i < items.length - 1 ? toLink(items[i + 1]!) : null,
  };
}
