import { MAX_SIDE_BYTES } from "@/lib/import/input";

/**
 * The largest XLIFF file imported: both sides at their limit (1 MB each) with room for markup, escapes and notes.
 * Checked before any parsing, since the parser holds the whole document in memory. Imported by the import form too.
 */
export const MAX_XLIFF_BYTES = 3 * MAX_SIDE_BYTES;
