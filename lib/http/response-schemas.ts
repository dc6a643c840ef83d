import { z } from "zod";

/**
 * Pieces of the API's response schemas. A response schema's input is what a handler returns and its output the
 * JSON a client receives: a time is a Date in the handler and an ISO string on the wire, so the document (built
 * from the output) and the handler's type (the input) both come from one declaration.
 */
export const jsonDate = z.codec(z.date(), z.iso.datetime(), { decode: (date) => date.toISOString(), encode: (text) => new Date(text) });

export const count = z.number().int().min(0);

/** Someone who wrote or approved something: their address and name, as reviewers see them. */
export const personSchema = z.object({ email: z.string(), name: z.string().nullable() });

/** The page that follows, null on the last. */
export const nextPageSchema = z.number().int().min(2).nullable();
