/** Corrections: reviewers propose patches to the current translation; editors approve, reject or send them back. */
export { createCorrection, createCorrectionSchema } from "./create-correction";
export { submitCorrection, submitCorrectionSchema } from "./submit-correction";
export { withdrawCorrection } from "./withdraw-correction";
export { approveCorrection, type ApprovalResult } from "./approve-correction";
export { rejectCorrection, rejectCorrectionSchema } from "./reject-correction";
export { requestChanges, requestChangesSchema } from "./request-changes";
export { pendingCorrectionsByArticle, correctionsOfArticle, listCorrections, getCorrection, correctionFilterSchema, type QueuedCorrection, type QueueGroup, type ArticleCorrection } from "./queries";
export { CANNED_REJECTION_REASONS } from "./reasons";
export { MQM_CATEGORIES, SEVERITIES, type Change } from "./schemas";
export { wordDiff, type DiffPart } from "./word-diff";
export { makePatch, applyPatchByContext, describeConflicts } from "./patch";
export { applyEdits, type TextEdit } from "./text-edits";
export { entityEdits, wholeWordOccurrences } from "./occurrences";
export type { SentenceChange } from "./touched-sentences";
export { flagFixSubjects, reportFixSubject, fixProposals, proposeReplacement, proposedAfter, revisableSentence, sentenceAround, type FixSubject, type Proposal, type ProposalSentence } from "./proposals";
