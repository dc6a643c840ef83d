import { foldCyrillic, foldLatin } from "./fold";
import type { NamePair } from "./train";

/**
 * Attested spellings of Russian name tokens, from the same Wikidata pairs the model learns from: per Russian token,
 * "latin count" entries joined by "|", most used first (compact to store: one string a name).
 */
export interface NameLexiconData {
  source: string;
  names: Record<string, string>;
}

export interface AttestedSpelling {
  latin: string;
  count: number;
}

/** Groups pairs by Russian token, merging Latin spellings that fold alike (Erdoğan, Erdogan) under the most used one. */
export function buildLexicon(pairs: readonly NamePair[], source: string): NameLexiconData {
  const byRussian = new Map<string, Map<string, AttestedSpelling>>();
  for (const pair of pairs) {
    const russian = foldCyrillic(pair.russian);
    const folded = foldLatin(pair.latin);
    if (!russian || !folded) continue;
    const spellings = byRussian.get(russian) ?? new Map<string, AttestedSpelling>();
    const known = spellings.get(folded);
    if (known) known.count += pair.count;
    else spellings.set(folded, { latin: folded, count: pair.count });
    byRussian.set(russian, spellings);
  }
  const names: Record<string, string> = {};
  for (const russian of [...byRussian.keys()].sort()) {
    const ranked = [...byRussian.get(russian)!.values()].sort((a, b) => b.count - a.count || (a.latin < b.latin ? -1 : 1));
    names[russian] = ranked.map(({ latin, count }) => `${latin} ${count}`).join("|");
  }
  return { source, names };
}

export class NameLexicon {
  private readonly cache = new Map<string, AttestedSpelling[]>();
  private bearers: Map<string, number> | null = null;
  private yo: Map<string, string> | null = null;

  constructor(private readonly data: NameLexiconData) {}

  /** Attested spellings of a Russian token (folded: lower-case), most used first; [] when none. */
  spellingsOf(russian: string): AttestedSpelling[] {
    const key = foldCyrillic(russian);
    let spellings = this.cache.get(key);
    if (!spellings) {
      spellings = (this.data.names[key] ?? this.data.names[key.replace(/ё/g, "е")] ?? this.withYo().get(key) ?? "")
        .split("|")
        .filter(Boolean)
        .map((entry) => {
          const [latin, count] = entry.split(" ");
          return { latin, count: Number(count) };
        });
      this.cache.set(key, spellings);
    }
    return spellings;
  }

  /**
   * Tokens the data spells with ё, by their spelling with е: Russian text seldom writes the dots (Брейне for Брёйне).
   * Built once, when a token is first looked up that the data lacks as written.
   */
  private withYo(): Map<string, string> {
    if (!this.yo) {
      this.yo = new Map();
      for (const [russian, entries] of Object.entries(this.data.names)) {
        if (russian.includes("ё")) this.yo.set(russian.replace(/ё/g, "е"), entries);
      }
    }
    return this.yo;
  }

  /** How many bearers in the data write some Russian name token as this Latin word (Alexander: over a thousand). */
  bearersOf(latin: string): number {
    if (!this.bearers) {
      this.bearers = new Map();
      for (const entries of Object.values(this.data.names)) {
        for (const entry of entries.split("|")) {
          const [spelling, count] = entry.split(" ");
          this.bearers.set(spelling, (this.bearers.get(spelling) ?? 0) + Number(count));
        }
      }
    }
    return this.bearers.get(foldLatin(latin)) ?? 0;
  }

  /** Whether the data shows the Latin word as a spelling of the Russian token. */
  attests(russian: string, latin: string): boolean {
    const folded = foldLatin(latin);
    return this.spellingsOf(russian).some((s) => s.latin === folded);
  }
}
