import { ZodError } from "zod";
import { UserError } from "@/lib/errors";
import { describeZodError } from "@/lib/http";
import { logError } from "@/lib/log";

/** What a server action returns to its form: nothing yet, success, or an error message a person can act on. */
export type ActionResult<T = undefined> = { status: "idle" } | { status: "ok"; data: T; message?: string } | { status: "error"; error: string };

export const IDLE: ActionResult<never> = { status: "idle" };

/** Turns an expected failure into a message; anything unexpected is logged and reported vaguely. */
export function actionError(error: unknown): { status: "error"; error: string } {
  if (error instanceof UserError) return { status: "error", error: error.message };
  if (error instanceof ZodError) return { status: "error", error: describeZodError(error) };
  logError(error);
  return { status: "error", error: "Something went wrong on our side; nothing was saved. Please try again." };
}
