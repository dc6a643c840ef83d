import { z } from "zod";

/** A row id in an address: bounded, so that a huge segment is refused before it reaches a query. */
export const idSchema = z.string().min(1).max(64);

/** The params of a route under [id]. */
export const idParams = z.object({ id: idSchema });
