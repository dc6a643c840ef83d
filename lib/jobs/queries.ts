import { getDb, pageWindow, toPage } from "@/lib/db";
import type { JobKindName } from "./kinds";
import { jobViewSelect, toJobView, type JobView } from "./view";

const JOBS_PAGE_SIZE = 30;

export async function getJob(id: string): Promise<JobView | null> {
  const job = await getDb().job.findUnique({ where: { id }, select: jobViewSelect });
  return job && toJobView(job);
}

/** One page of the jobs, newest first. */
export async function recentJobs(page = 1) {
  const rows = await getDb().job.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: jobViewSelect, ...pageWindow(page, JOBS_PAGE_SIZE) });
  const { items, ...rest } = toPage(rows, page, JOBS_PAGE_SIZE);
  return { ...rest, items: items.map(toJobView) };
}

/** The jobs of a kind that are queued or running, newest first: the page that starts them shows their progress. */
export async function activeJobs(kind: JobKindName): Promise<JobView[]> {
  const jobs = await getDb().job.findMany({ where: { kind, status: { in: ["QUEUED", "RUNNING"] } }, orderBy: { createdAt: "desc" }, select: jobViewSelect, take: 20 });
  return jobs.map(toJobView);
}
