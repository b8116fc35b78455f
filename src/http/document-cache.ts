import type { DocumentNode, GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * Parsed and validated documents by query text, so that 5,000 subscribers sending the same subscription share one
 * syntax tree instead of holding 5,000 copies, and it is parsed and validated once (issue 14: memory per subscriber
 * and the time to subscribe them all); the fast lane (src/http/fast-lane.ts) keeps its own outcome per text the same
 * way. What is cached depends only on the text and the schema: the parse and validation outcome (errors included).
 * The cost estimate, which depends on the variables, runs per request. Bounded: the least recently used text goes
 * first.
 */
export interface CheckedDocument {
  document: DocumentNode | null;
  errors: readonly GraphQLError[];
}

export class DocumentCache<T extends object = CheckedDocument> {
  private readonly entries: LRUCache<string, T>;

  constructor(
    max: number,
    private readonly check: (query: string) => T,
    /** Texts longer than this are not kept (a client could otherwise fill the cache with large documents). */
    private readonly maxLength = 10_000,
  ) {
    this.entries = new LRUCache<string, T>({ max });
  }

  get(query: string): T {
    const hit = this.entries.get(query);
    if (hit) return hit;
    const checked = this.check(query);
    if (query.length <= this.maxLength) this.entries.set(query, checked);
    return checked;
  }

  get size(): number {
    return this.entries.size;
  }
}
