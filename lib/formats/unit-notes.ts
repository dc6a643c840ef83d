import type { AlignedUnit } from "./aligned-units";

export interface FlagForNote {
  check: string;
  severity: string;
  message: string;
  targetStart: number;
  targetText: string;
  suggestion: string | null;
}

export interface CorrectionForNote {
  category: string;
  severity: string;
  note: string | null;
  decidedAt: Date | null;
  /** The corrected sentences, as stored with the correction: [{before, after}]. */
  sentences: { before: string; after: string }[];
}

/**
 * Gives each unit the notes about its sentences: the open flags that start in it, and each approved
 * correction's changed sentence in the unit whose translation now holds it (the correction's offsets point
 * into an older revision, so it is found by its corrected text; one no longer found goes to the first unit).
 */
export function withNotes(units: AlignedUnit[], targetText: string, flags: FlagForNote[], corrections: CorrectionForNote[]): (AlignedUnit & { notes: string[] })[] {
  const notes = units.map(() => [] as string[]);
  const unitAt = (offset: number) => Math.max(0, units.findIndex((unit) => offset < unit.targetEnd));
  for (const flag of flags) {
    const suggestion = flag.suggestion ? ` Suggestion: “${flag.suggestion}”.` : "";
    notes[unitAt(flag.targetStart)].push(`Open flag (${flag.check}, ${flag.severity}) on “${flag.targetText}”: ${flag.message}${suggestion}`);
  }
  for (const correction of corrections) {
    const approved = correction.decidedAt ? ` on ${correction.decidedAt.toISOString().slice(0, 10)}` : "";
    const why = correction.note ? ` Note: ${correction.note}` : "";
    for (const sentence of correction.sentences) {
      const at = targetText.indexOf(sentence.after);
      notes[at >= 0 && sentence.after ? unitAt(at) : 0].push(
        `Approved correction (${correction.category}, ${correction.severity})${approved}: “${sentence.before}” → “${sentence.after}”.${why}`,
      );
    }
  }
  return units.map((unit, index) => ({ ...unit, notes: notes[index] }));
}
