/** Revisions: the immutable, numbered versions of a translation; approvals and reverts append one. */
export { recordRevision, storeRevisionAnalysis, RevisionConflictError, type NewRevision } from "./record-revision";
export { revisionHistory, revisionText, revisionWithText, publicChangeLog, type RevisionSummary, type ChangeLogEntry } from "./history";
export { revisionDiff, type DiffChunk } from "./diff";
export { revertToRevision, revertSchema } from "./revert-to-revision";
