import { compactAlignment, expandAlignment, type CompactAlignment } from "./compact-alignment";

/**
 * Bump when lib/align changes its output or the stored format changes, so cached alignments are recomputed.
 * 3: the compact format (about a fifth of the JSON of 2, which a 50,000-word article took 40 ms to read).
 */
export const ALIGNMENT_VERSION = "3";

/** The alignment as cached per revision: offsets only, since both texts are stored already. */
export type StoredAlignment = CompactAlignment;

export const serializeAlignment = compactAlignment;
export const deserializeAlignment = expandAlignment;
