export const SEVERITY_STYLE: Record<string, string> = {
  critical: "bg-rose-100 decoration-rose-600",
  major: "bg-amber-100 decoration-amber-600",
  minor: "bg-sky-100 decoration-sky-600",
};

export const SEVERITY_RANK: Record<string, number> = { critical: 0, major: 1, minor: 2 };
