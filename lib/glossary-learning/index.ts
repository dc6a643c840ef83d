/**
 * The glossary learns from approved name corrections: each one proposes "source name → approved English form" to the
 * editors; an accepted proposal is a glossary term, so the glossary check flags the wrong forms in later articles,
 * and past articles are re-checked on demand (a job in lib/jobs).
 */
export { learnedNames, isNameCheck, type LearnedName, type SettledFlag } from "./learned-names";
export { recordProposals, pendingProposals, acceptProposal, acceptProposalSchema, dismissProposal, type GlossaryProposalView } from "./proposals";
export { articlesMentioningTerm, sourceStem } from "./recheck";
