/**
 * What this process has read of revisions, by article and number: a revision never changes once written, so what is
 * derived from one is kept without expiry. Bounded by the characters held (the oldest entries go first).
 */
export class RevisionCache<T> {
  private readonly entries = new Map<string, { value: T; size: number }>();
  private held = 0;

  constructor(
    private readonly maxCharacters: number,
    private readonly sizeOf: (value: T) => number,
  ) {}

  /** The value for this revision, read by `load` the first time. */
  async get(articleId: string, revision: number, load: () => Promise<T>): Promise<T> {
    const key = `${articleId}:${revision}`;
    const hit = this.entries.get(key);
    if (hit) return hit.value;
    const value = await load();
    const size = this.sizeOf(value);
    if (size > this.maxCharacters || this.entries.has(key)) return value;
    for (const [oldest, entry] of this.entries) {
      if (this.held + size <= this.maxCharacters) break;
      this.entries.delete(oldest);
      this.held -= entry.size;
    }
    this.entries.set(key, { value, size });
    this.held += size;
    return value;
  }
}
