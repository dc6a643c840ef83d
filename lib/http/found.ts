import { UserError } from "@/lib/errors";

/** A row the API reads by id; a 404 with `notFound` as its message when the query found none. */
export function orNotFound<T>(row: T | null, notFound: string): T {
  if (row === null) throw new UserError(notFound, 404);
  return row;
}
