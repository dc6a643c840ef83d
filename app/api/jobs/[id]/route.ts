import { z } from "zod";
import { apiRoute, idParams, orNotFound, reply } from "@/lib/http";
import { cancelJob, getJob, jobViewSchema } from "@/lib/jobs";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/jobs/{id}",
    tag: "Jobs",
    summary: "A job's progress",
    description: "Its status, items done and failed out of its total, and the failed items' messages. The pages poll it while the job is queued or running.",
    access: { role: "REVIEWER", scope: "read" },
    params: idParams,
    responses: { 200: { description: "The job.", schema: jobViewSchema }, 404: { description: "No such job." } },
  },
  async ({ params }) => reply(200, orNotFound(await getJob(params.id), "No job with that id.")),
);

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/jobs/{id}",
    tag: "Jobs",
    summary: "Cancel a job",
    description: "Its starter or an editor. A running job stops after the item in hand; what it did stays done.",
    access: { role: "REVIEWER", scope: "review" },
    params: idParams,
    body: z.object({ action: z.literal("cancel") }),
    responses: { 200: { description: "The cancelled job.", schema: jobViewSchema }, 409: { description: "The job had already finished." } },
  },
  async ({ user, params }) => reply(200, await cancelJob(user, params.id)),
);
