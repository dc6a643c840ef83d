import type { CorrectionStatus } from "@/lib/db";

export const STATUS_LABEL: Record<CorrectionStatus, string> = {
  PENDING: "waiting for approval",
  APPROVED: "approved",
  REJECTED: "rejected",
  CHANGES_REQUESTED: "changes requested",
  CONFLICT: "conflict",
  WITHDRAWN: "withdrawn",
};

export const STATUS_STYLE: Record<CorrectionStatus, string> = {
  PENDING: "bg-sky-100 text-sky-900",
  APPROVED: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-rose-100 text-rose-900",
  CHANGES_REQUESTED: "bg-amber-100 text-amber-900",
  CONFLICT: "bg-orange-100 text-orange-900",
  WITHDRAWN: "bg-stone-200 text-stone-700",
};
