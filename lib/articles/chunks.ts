/**
 * Long articles render in chunks: the server puts the first 30,000 characters into the page (about 5,000 words of
 * an article; in the workspace both sides count), and the browser renders the rest from the text the page carries
 * once, a chunk at a time, after it has loaded.
 */
export const SERVER_RENDERED_CHARS = 30_000;
export const BROWSER_CHUNK_CHARS = 15_000;

/**
 * Cuts consecutive items (rows, paragraphs), given the length of each, into chunks: the first holds items up to
 * `firstChars` characters, the next ones up to `chunkChars` each. Returns where each chunk ends (exclusive);
 * every chunk holds at least one item.
 */
export function chunkEnds(lengths: readonly number[], firstChars = SERVER_RENDERED_CHARS, chunkChars = BROWSER_CHUNK_CHARS): number[] {
  const ends: number[] = [];
  let size = 0;
  for (let i = 0; i < lengths.length; i++) {
    const limit = ends.length === 0 ? firstChars : chunkChars;
    if (size > 0 && size + lengths[i] > limit) {
      ends.push(i);
      size = 0;
    }
    size += lengths[i];
  }
  if (lengths.length > 0) ends.push(lengths.length);
  return ends;
}
