/** One page of a paginated list (opencity-api.md §7.1), already adapted. */
export interface Page<T> {
  items: T[];
  /** Total across all pages (`meta.count`). */
  total: number;
  offset: number;
  limit: number;
}

export function hasNextPage(page: Page<unknown>): boolean {
  return page.offset + page.items.length < page.total;
}
