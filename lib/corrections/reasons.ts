/** Reasons an editor can pick when rejecting a correction; they may also write their own. */
export const CANNED_REJECTION_REASONS = [
  "The original text was correct.",
  "The suggested spelling is not the official or established one.",
  "The change alters the meaning of the original.",
  "It introduces a new error.",
  "Duplicate of another correction.",
] as const;
