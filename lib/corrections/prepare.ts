import type { z } from "zod";
import { getDb, type Flag, type Report } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { locateSelection } from "@/lib/reports/locate-selection";
import { splitsSurrogatePair } from "@/lib/text";
import type { CurrentRevision } from "./load";
import { entityEdits, looksLikeName, wholeWordOccurrences } from "./occurrences";
import { makePatch } from "./patch";
import type { changeSchema } from "./schemas";
import { applyEdits, effectiveEdits, InvalidEditError, type TextEdit } from "./text-edits";
import { touchedSentences, type SentenceChange } from "./touched-sentences";

type ParsedChange = z.output<typeof changeSchema>;

/** What a correction will store: its patch, the sentences it touches, and the flags and reports it settles. */
export interface PreparedCorrection {
  patch: string;
  sentences: SentenceChange[];
  flagIds: string[];
  reportIds: string[];
  /** Category and severity of the flag it starts from, when it starts from one. */
  category?: string;
  severity?: string;
}

const OPEN_REPORT = ["NEW", "ACCEPTED"] as const;

/** Where a report's selection is in the current text; its offsets count only if the reader saw this revision. */
function reportSpan(text: string, currentRevision: number, report: Report) {
  const anchor = report.revision === currentRevision ? report : { ...report, start: undefined, end: undefined };
  const location = locateSelection(text, anchor);
  return location.found ? { start: location.start, end: location.end } : null;
}

/** Turns a change (a flag's suggestion, a report's, all occurrences of a name, or a sentence edit) into edits. */
export async function prepareCorrection(current: CurrentRevision, change: ParsedChange): Promise<PreparedCorrection> {
  const db = getDb();
  const text = current.revision.text;
  const [openFlags, openReports] = await Promise.all([
    db.flag.findMany({ where: { revisionId: current.revision.id, status: "OPEN" } }),
    db.report.findMany({ where: { articleId: current.article.id, status: { in: [...OPEN_REPORT] } } }),
  ]);
  const { edits, flagIds, reportIds, origin } = resolveChange(change, text, current.article.currentRevision, openFlags, openReports);
  const effective = effectiveEdits(text, edits);
  if (effective.length === 0) throw new UserError("This correction changes nothing: the text already reads that way.", 422);
  try {
    applyEdits(text, effective);
  } catch (error) {
    if (error instanceof InvalidEditError) throw new UserError(error.message, 422);
    throw error;
  }
  const covered = (span: { start: number; end: number }) => effective.some((edit) => overlaps(edit, span));
  const settledFlags = openFlags.filter((flag) => flagIds.includes(flag.id) || covered({ start: flag.targetStart, end: flag.targetEnd }));
  const settledReports = openReports.filter((report) => {
    if (reportIds.includes(report.id)) return true;
    const span = reportSpan(text, current.article.currentRevision, report);
    return span !== null && covered(span);
  });
  return {
    patch: makePatch(text, effective),
    sentences: touchedSentences(current.aligned, effective),
    flagIds: settledFlags.map((flag) => flag.id),
    reportIds: settledReports.map((report) => report.id),
    category: origin?.category,
    severity: origin?.severity,
  };
}

function overlaps(edit: TextEdit, span: { start: number; end: number }): boolean {
  if (edit.start === edit.end) return span.start <= edit.start && edit.start <= span.end;
  return edit.start < span.end && span.start < edit.end;
}

function resolveChange(change: ParsedChange, text: string, currentRevision: number, openFlags: Flag[], openReports: Report[]) {
  const flagOf = (flagId: string) => {
    const flag = openFlags.find((f) => f.id === flagId);
    if (!flag) throw new UserError("That flag is not open on the current revision any more; reload the page.", 409);
    return flag;
  };
  const reportOf = (reportId: string) => {
    const report = openReports.find((r) => r.id === reportId);
    if (!report) throw new UserError("That report is not open any more; reload the page.", 409);
    const span = reportSpan(text, currentRevision, report);
    if (!span) throw new UserError("The reported text is no longer in the article as the reader saw it; use Edit instead.", 409);
    return { report, span };
  };
  switch (change.kind) {
    case "flag": {
      const flag = flagOf(change.flagId);
      const replacement = change.replacement ?? flag.suggestion;
      if (replacement === null) throw new UserError("This flag has no suggestion; use Edit to write the correction.", 422);
      return { edits: [{ start: flag.targetStart, end: flag.targetEnd, text: replacement }], flagIds: [flag.id], reportIds: [], origin: flag };
    }
    case "all-occurrences": {
      if (change.reportId) {
        const { report, span } = reportOf(change.reportId);
        const name = text.slice(span.start, span.end);
        if (!looksLikeName(name)) throw new UserError("“Fix all occurrences” is for names.", 422);
        const replacement = change.replacement ?? report.suggestion;
        if (!replacement) throw new UserError("The reader suggested no fix; type the right spelling.", 422);
        return { edits: wholeWordOccurrences(text, name).map((at) => ({ ...at, text: replacement })), flagIds: [], reportIds: [report.id], origin: undefined };
      }
      const flag = flagOf(change.flagId ?? "");
      if (!flag.check.startsWith("name-")) throw new UserError("“Fix all occurrences” is for names.", 422);
      const replacement = change.replacement ?? flag.suggestion;
      if (!replacement) throw new UserError("This flag has no suggestion; type the right spelling.", 422);
      const { edits, flagIds } = entityEdits(text, flag, openFlags, replacement);
      return { edits, flagIds, reportIds: [], origin: flag };
    }
    case "report": {
      const { report, span } = reportOf(change.reportId);
      const replacement = change.replacement ?? report.suggestion;
      if (replacement === null) throw new UserError("The reader suggested no fix; use Edit to write the correction.", 422);
      return { edits: [{ ...span, text: replacement }], flagIds: [], reportIds: [report.id], origin: undefined };
    }
    case "edit": {
      if (change.end > text.length || change.start > change.end) throw new UserError("The edited range is outside the article; reload the page.", 422);
      if (splitsSurrogatePair(text, change.start) || splitsSurrogatePair(text, change.end)) throw new UserError("The edited range cuts a character (an emoji) in half; select whole characters.", 422);
      return { edits: [{ start: change.start, end: change.end, text: change.text }], flagIds: change.flagIds, reportIds: change.reportIds, origin: openFlags.find((f) => change.flagIds.includes(f.id)) };
    }
  }
}
