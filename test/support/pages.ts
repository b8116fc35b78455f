/** One page of a connection, as the dashboard's lists read it. */
export interface ConnectionPage<N> {
  edges: { node: N }[];
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * Every page of a connection, one after another, as the dashboard's `all()` walks a list: `read(after)` answers a
 * page, or null to stop (an error, which the caller keeps). Stops after the last page, at a page without an end
 * cursor, or once `max` nodes are read. `totalCount`: the last page's (0 before any).
 */
export async function everyPage<N>(read: (after: string | null) => Promise<ConnectionPage<N> | null>, max = Infinity): Promise<{ nodes: N[]; totalCount: number }> {
  const nodes: N[] = [];
  let totalCount = 0;
  let after: string | null = null;
  for (;;) {
    const page: ConnectionPage<N> | null = await read(after);
    if (!page) return { nodes, totalCount };
    nodes.push(...page.edges.map((e) => e.node));
    totalCount = page.totalCount ?? 0;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || nodes.length >= max) return { nodes, totalCount };
    after = page.pageInfo.endCursor;
  }
}
