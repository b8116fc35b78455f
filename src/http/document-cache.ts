import type { DocumentNode, GraphQLError } from 'graphql';

/**
 * Parsed and validated subscription documents by query text, so that 5,000 subscribers sending the same subscription
 * share one syntax tree instead of holding 5,000 copies, and it is parsed and validated once (issue 14: memory per
 * subscriber and the time to subscribe them all). What is cached depends only on the text and the schema: the parse
 * and validation outcome (errors included). The cost estimate, which depends on the variables, runs per subscription.
 * Bounded: the least recently used text goes first.
 */
export interface CheckedDocument {
  document: DocumentNode | null;
  errors: readonly GraphQLError[];
}

export class DocumentCache {
  private readonly entries = new Map<string, CheckedDocument>();

  constructor(
    private readonly max: number,
    private readonly check: (query: string) => CheckedDocument,
    /** Texts longer than this are not kept (a client could otherwise fill the cache with large documents). */
    private readonly maxLength = 10_000,
  ) {}

  get(query: string): CheckedDocument {
    const hit = this.entries.get(query);
    if (hit) {
      // Map keeps insertion order: re-inserting marks it most recently used.
      this.entries.delete(query);
      this.entries.set(query, hit);
      return hit;
    }
    const checked = this.check(query);
    if (query.length <= this.maxLength) {
      this.entries.set(query, checked);
      if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    }
    return checked;
  }

  get size(): number {
    return this.entries.size;
  }
}
