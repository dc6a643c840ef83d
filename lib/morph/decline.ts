import petrovich from "petrovich";
import { parseWord, type WordParse } from "./parse";

export type NameRole = "first" | "middle" | "last";
export type NameGender = "male" | "female";

// petrovich's cases with the OpenCorpora grammeme az gives them.
const OBLIQUE_CASES = { genitive: "gent", dative: "datv", accusative: "accs", instrumental: "ablt", prepositional: "loct" } as const;

/**
 * The nominative of the lexeme a reading belongs to, keeping its gender and number: a feminine surname or adjective
 * stays feminine ("Ильясовой" → "ильясова", "Рязанской" → "рязанская", where az's dictionary form is masculine), and
 * a patronymic stays one ("Ивановича" → "иванович", "Петровной" → "петровна": az files them under the first name).
 */
export function nominativeOf(parse: WordParse): string {
  if (parse.case === "nomn") return parse.word;
  const patronymic = parse.grammemes.has("Patr");
  const keepsGender = patronymic || parse.grammemes.has("Surn") || parse.pos === "ADJF";
  const keep = [parse.number, keepsGender ? parse.gender : null, patronymic ? "Patr" : null].filter((g): g is string => Boolean(g));
  return parse.inflect(["nomn", ...keep]) ?? parse.inflect(["nomn"]) ?? parse.lemma;
}

/** The oblique forms of a name in the nominative ("Коц" → коца, коцу, коцем, коце), lower-cased, via petrovich. */
export function obliqueForms(nominative: string, role: NameRole, gender: NameGender): string[] {
  return [...new Set(declinedForms(nominative, role, gender).map((d) => d.form))];
}

/**
 * Each oblique form of a name with its case (OpenCorpora grammeme), lower-cased, via petrovich: Милей → милея (gent,
 * accs), милею (datv)… A form the same as the nominative is left out (an indeclinable name has none).
 */
export function declinedForms(nominative: string, role: NameRole, gender: NameGender): Array<{ form: string; case: string }> {
  const forms: Array<{ form: string; case: string }> = [];
  for (const [grammaticalCase, grammeme] of Object.entries(OBLIQUE_CASES)) {
    const declined = petrovich({ gender, [role]: nominative }, grammaticalCase as keyof typeof OBLIQUE_CASES)[role]?.toLowerCase();
    if (declined && declined !== nominative.toLowerCase()) forms.push({ form: declined, case: grammeme });
  }
  return forms;
}

/**
 * The name an adjective is made from, which English may write for it: a possessive (Валаамово → валаам, "Balaam's";
 * кумова → кум) or a relational adjective (Валаамское → валаам, Кунцевский → кунцев); null for other words.
 */
export function adjectiveBaseOf(word: string): string | null {
  for (const parse of parseWord(word)) {
    if (parse.pos !== "ADJF") continue;
    if (parse.grammemes.has("Poss") && /(?:ов|ев|ин|ын)$/.test(parse.lemma)) return parse.lemma.slice(0, -2);
    if (/[сц]кий$/.test(parse.lemma)) return parse.lemma.slice(0, -4);
  }
  return null;
}
