import { diff_match_patch, DIFF_DELETE, DIFF_INSERT } from "@dmsnell/diff-match-patch";

export interface DiffPart {
  op: "equal" | "insert" | "delete";
  text: string;
}

/** Words, runs of spaces and single punctuation marks: the units a word-level diff keeps whole. */
const TOKEN = /[\p{L}\p{M}\p{N}_'’-]+|\s+|[^\p{L}\p{M}\p{N}_'’\s-]/gu;

// Each distinct token becomes one UTF-16 code unit (the linesToChars trick of diff-match-patch, for words);
// the surrogate range is skipped so that the encoded strings stay well-formed.
const FIRST_CODE = 0x100;
const SURROGATES = [0xd800, 0xdfff] as const;
const LAST_CODE = 0xfffd;

function codeFor(index: number): number {
  const code = FIRST_CODE + index;
  return code >= SURROGATES[0] ? code + (SURROGATES[1] - SURROGATES[0] + 1) : code;
}

function encode(texts: string[]) {
  const tokens: string[] = [];
  const index = new Map<string, string>();
  const encoded = texts.map((text) =>
    (text.match(TOKEN) ?? []).map((token) => {
      let char = index.get(token);
      if (char === undefined) {
        char = String.fromCharCode(codeFor(tokens.length));
        tokens.push(token);
        index.set(token, char);
      }
      return char;
    }).join(""),
  );
  return { encoded, tokens, fits: codeFor(tokens.length) <= LAST_CODE };
}

const OPS = { [DIFF_DELETE]: "delete", [DIFF_INSERT]: "insert" } as const;

/**
 * A word-level diff for people to read: whole words inserted or deleted (never "Umarov[-a-]"), grouped by
 * diff-match-patch's semantic cleanup so that a changed phrase reads as one deletion and one insertion.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const patcher = new diff_match_patch();
  const { encoded, tokens, fits } = encode([before, after]);
  const diffs = fits ? patcher.diff_main(encoded[0], encoded[1], false) : patcher.diff_main(before, after);
  patcher.diff_cleanupSemantic(diffs);
  const parts: DiffPart[] = [];
  for (const [op, data] of diffs) {
    const text = fits ? [...data].map((char) => tokens[decode(char)]).join("") : data;
    const kind = OPS[op as keyof typeof OPS] ?? "equal";
    const last = parts.at(-1);
    if (last?.op === kind) last.text += text;
    else if (text) parts.push({ op: kind, text });
  }
  return parts;
}

function decode(char: string): number {
  const code = char.charCodeAt(0);
  return (code > SURROGATES[1] ? code - (SURROGATES[1] - SURROGATES[0] + 1) : code) - FIRST_CODE;
}
