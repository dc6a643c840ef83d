import { diff_match_patch, DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, type Diff, type patch_obj } from "@dmsnell/diff-match-patch";
import { checkEdits, type TextEdit } from "./text-edits";

/**
 * Patches in diff-match-patch's text format (@dmsnell's fork: same format, but it never splits a surrogate
 * pair, so an emoji in a sentence cannot break a patch).
 */
function dmp(): diff_match_patch {
  return new diff_match_patch();
}

/**
 * The patch that makes `edits` to `base`. Inside each edit the change is narrowed to the words that differ
 * (diff_main + semantic cleanup), so that a sentence rewritten to fix one name yields a hunk about that name,
 * with context that a later, unrelated change elsewhere in the sentence does not disturb.
 */
export function makePatch(base: string, edits: readonly TextEdit[]): string {
  const patcher = dmp();
  const diffs: Diff[] = [];
  let at = 0;
  for (const edit of checkEdits(base, edits)) {
    if (edit.start > at) diffs.push(new diff_match_patch.Diff(DIFF_EQUAL, base.slice(at, edit.start)));
    const inner = patcher.diff_main(base.slice(edit.start, edit.end), edit.text);
    patcher.diff_cleanupSemantic(inner);
    for (const diff of inner) diffs.push(diff); // not push(...inner): a huge edit's diffs would overflow the call stack
    at = edit.end;
  }
  if (at < base.length) diffs.push(new diff_match_patch.Diff(DIFF_EQUAL, base.slice(at)));
  patcher.diff_cleanupMerge(diffs);
  return patcher.patch_toText(patcher.patch_make(base, diffs));
}

/** Where a hunk of a patch could not be placed, and what it expected to find there. */
export interface HunkConflict {
  /** The text the hunk changes, with its context, as it was in the base revision. */
  expected: string;
  /** What the hunk removes (the words the reviewer corrected). */
  removed: string;
  /** What it would have put there. */
  inserted: string;
}

export type PatchResult = { ok: true; text: string } | { ok: false; conflicts: HunkConflict[] };

/**
 * Applies a patch to the current text by its context, the way diff-match-patch's patch_apply does (padding,
 * hunks split to Match_MaxBits, each hunk looked for near where the previous one landed), with one difference:
 * patch_apply merges a hunk into text that only resembles its context — a silent wrong edit when that text
 * was changed by someone else. Here a hunk applies only where its context and the text it removes are found
 * verbatim (the occurrence nearest the expected place, so moved text is followed); otherwise it is a conflict.
 */
export function applyPatchByContext(current: string, patchText: string): PatchResult {
  const patcher = dmp();
  const patches: patch_obj[] = patcher.patch_fromText(patchText);
  if (patches.length === 0) return { ok: true, text: current };
  const padding = patcher.patch_addPadding(patches);
  let text = padding + current + padding;
  patcher.patch_splitMax(patches);
  const conflicts: HunkConflict[] = [];
  let delta = 0;
  for (const hunk of patches) {
    const expectedAt = (hunk.start2 ?? 0) + delta;
    const before = patcher.diff_text1(hunk.diffs);
    const at = nearestOccurrence(text, before, expectedAt);
    if (at === -1) {
      conflicts.push(describeHunk(hunk, padding));
      delta -= hunk.length2 - hunk.length1;
      continue;
    }
    delta = at - expectedAt;
    text = text.slice(0, at) + patcher.diff_text2(hunk.diffs) + text.slice(at + before.length);
  }
  if (conflicts.length) return { ok: false, conflicts };
  return { ok: true, text: text.slice(padding.length, text.length - padding.length) };
}

function nearestOccurrence(text: string, pattern: string, expectedAt: number): number {
  const from = Math.max(0, Math.min(expectedAt, text.length));
  const after = text.indexOf(pattern, from);
  const before = text.lastIndexOf(pattern, from);
  if (after === -1) return before;
  if (before === -1) return after;
  return from - before <= after - from ? before : after;
}

function describeHunk(hunk: patch_obj, padding: string): HunkConflict {
  const strip = (s: string) => s.split(padding).join("").replace(/[\u0001-\u0004]/g, "");
  const part = (op: number) => hunk.diffs.filter((d) => d[0] === op).map((d) => d[1]).join("");
  return {
    expected: strip(hunk.diffs.filter((d) => d[0] !== DIFF_INSERT).map((d) => d[1]).join("")),
    removed: strip(part(DIFF_DELETE)),
    inserted: strip(part(DIFF_INSERT)),
  };
}

/** A conflict explained to the reviewer who has to redo the correction. */
export function describeConflicts(conflicts: readonly HunkConflict[]): string {
  const parts = conflicts.slice(0, 3).map((c) => {
    const what = c.removed && c.inserted ? `“${c.removed.trim()}” → “${c.inserted.trim()}”` : c.removed ? `removing “${c.removed.trim()}”` : `inserting “${c.inserted.trim()}”`;
    return `${what} (expected “${c.expected.trim()}”)`;
  });
  const more = conflicts.length > 3 ? ` and ${conflicts.length - 3} more` : "";
  return `The article changed since this correction was made, and the text it corrects is no longer there as it was: ${parts.join("; ")}${more}. Redo the correction on the current text.`;
}
