import { createCorrectionAction, submitCorrectionAction, withdrawCorrectionAction } from "@/app/review/articles/[id]/correction-actions";
import type { AlignedText } from "@/lib/align/types";
import type { CurrentUser } from "@/lib/auth";
import { correctionsOfArticle, flagFixSubjects, reportFixSubject, revisableSentence } from "@/lib/corrections";
import type { Flag } from "@/lib/db";
import { ArticleCorrections } from "./article-corrections";
import { FixActions, type CorrectionTarget } from "./fix-actions";
import { OwnCorrectionActions } from "./own-correction-actions";

interface Workspace {
  article: { id: string; currentRevision: number; sourceLang: string; targetLang: string };
  aligned: AlignedText;
}

/**
 * The correction buttons of each open flag ("Apply suggestion", "Fix all occurrences", "Edit"), keyed by flag id.
 * They get offsets only; the drafts are built in the browser from the texts the page sends once (ReviewTextProvider).
 */
export function flagCorrectionActions({ article, aligned }: Workspace, flags: Flag[]) {
  const data = flagFixSubjects(aligned.target.text, flags.filter((flag) => flag.status === "OPEN"));
  return function FlagCorrectionButtons({ flag }: { flag: Flag }) {
    const forFlag = data.get(flag.id);
    return forFlag ? <FixActions target={correctionTarget(article)} subject={forFlag} create={createCorrectionAction} /> : null;
  };
}

/** "Apply suggestion" (the reader's) and "Edit" for a reader report placed on the current text. */
export function reportCorrectionActions({ article, aligned }: Workspace) {
  return function ReportCorrectionButtons({ report }: { report: { id: string; suggestion: string | null; at: { start: number; end: number } | null } }) {
    const subject = reportFixSubject(aligned.target.text, report);
    return subject ? <FixActions target={correctionTarget(article)} subject={subject} create={createCorrectionAction} /> : null;
  };
}

function correctionTarget(article: Workspace["article"]): CorrectionTarget {
  return { articleId: article.id, baseRevision: article.currentRevision, sourceLang: article.sourceLang, targetLang: article.targetLang };
}

/** The article's corrections, with withdraw / revise for the ones the signed-in reviewer proposed. */
export async function WorkspaceCorrections({ article, aligned, user }: Workspace & { user: CurrentUser }) {
  const corrections = await correctionsOfArticle(article.id);
  const langs = { sourceLang: article.sourceLang, targetLang: article.targetLang };
  return (
    <ArticleCorrections
      corrections={corrections}
      langs={langs}
      actions={(correction) => {
        const open = ["PENDING", "CHANGES_REQUESTED", "CONFLICT"].includes(correction.status);
        if (correction.author.id !== user.id || !open) return null;
        const sentBack = correction.status === "CHANGES_REQUESTED" && correction.sentences.length === 1;
        return (
          <OwnCorrectionActions
            correctionId={correction.id}
            baseRevision={article.currentRevision}
            category={correction.category}
            severity={correction.severity}
            revisable={sentBack ? revisableSentence(aligned, correction.sentences[0]) : null}
            withdraw={withdrawCorrectionAction.bind(null, article.id, correction.id)}
            submit={submitCorrectionAction.bind(null, article.id)}
            langs={langs}
          />
        );
      }}
    />
  );
}
