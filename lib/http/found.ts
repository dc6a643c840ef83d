import { NextResponse } from "next/server";
import { UserError } from "@/lib/errors";

/** A row the API reads by id, as JSON; a 404 with `notFound` as its message when the query found none. */
export function jsonOr404<T>(row: T | null, notFound: string): NextResponse {
  if (row === null) throw new UserError(notFound, 404);
  return NextResponse.json(row);
}
