import { pino, stdSerializers, type DestinationStream, type Logger } from "pino";
import { currentRequestId } from "./request-context";

/**
 * One JSON object per line on stdout: {"level":"info","time":"2026-…Z","pid":…,"requestId":…,"msg":…}. LOG_LEVEL
 * (trace, debug, info, warn, error, fatal, silent) sets the threshold; the default is info.
 */
export function createLogger(destination?: DestinationStream, level: string = process.env.LOG_LEVEL || "info"): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: stdSerializers.err },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

const globalForLog = globalThis as unknown as { errataLogger?: Logger };

/** The process-wide logger (shared by the custom server and Next's bundle through globalThis). */
export function getLogger(): Logger {
  return (globalForLog.errataLogger ??= createLogger());
}

/** An unexpected error: one line with its type, message and stack, and the request it happened in. */
export function logError(error: unknown, fields: Record<string, unknown> = {}, message = "unexpected error"): void {
  getLogger().error({ ...fields, err: error instanceof Error ? error : new Error(String(error)) }, message);
}
