import { createHash, randomBytes } from "node:crypto";

/** Every token starts with this, so that secret scanners and people recognise an Errata token. */
export const TOKEN_PREFIX = "errata_";

/** How much of a token its owner sees in the list: the prefix and 4 characters, too few to guess the rest. */
const SHOWN_CHARACTERS = TOKEN_PREFIX.length + 4;

/** A new token: 256 random bits after the prefix (base64url, 43 characters). */
export function newTokenSecret(): { token: string; hash: string; shown: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashToken(token), shown: token.slice(0, SHOWN_CHARACTERS) };
}

/** SHA-256 without salt is enough: a token has 256 random bits, so no table of guesses can reach it. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** Whether a string has the shape of one of our tokens: anything else is refused before a database lookup. */
export const looksLikeToken = (value: string): boolean => /^errata_[A-Za-z0-9_-]{43}$/.test(value);
