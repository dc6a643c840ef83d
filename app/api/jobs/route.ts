import { apiRoute, reply } from "@/lib/http";
import { enqueueJob, jobViewSchema, startJobSchema } from "@/lib/jobs";

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/jobs",
    tag: "Jobs",
    summary: "Start a background job",
    description:
      "Bulk work runs in the background and answers at once; poll GET /api/jobs/{id} for its progress. approve-corrections {correctionIds} (up to 500; EDITOR, as approving one), rerun-checks (every article not archived; REVIEWER), glossary-recheck {source} (the past articles that mention a glossary term; EDITOR). The same job already queued or running is answered instead (200).",
    access: { role: "REVIEWER", scope: "review" },
    body: startJobSchema,
    responses: { 202: { description: "The queued job.", schema: jobViewSchema }, 200: { description: "The same job, already queued or running.", schema: jobViewSchema } },
  },
  async ({ user, body }) => {
    const { existing, ...job } = await enqueueJob(user, body);
    return existing ? reply(200, job) : reply(202, job);
  },
);
