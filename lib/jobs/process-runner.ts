/**
 * The process's job runner, kept on globalThis: the server script (scripts/server.ts) and Next's bundle of the app
 * load lib/ separately, and the script only needs to stop it. This file imports nothing, so the script does not
 * load the domain verbs the jobs run.
 */
interface ProcessRunner {
  /** Looks for jobs now. */
  wake(): void;
  stop(): Promise<void>;
}

const slot = globalThis as unknown as { errataJobs?: ProcessRunner };

/** Registers the runner startJobRunner made; false when one already runs here. */
export function setProcessRunner(make: () => ProcessRunner): boolean {
  if (slot.errataJobs) return false;
  slot.errataJobs = make();
  return true;
}

/** Asks the process's runner to look for jobs now (after an enqueue); nothing when none runs here (tests, scripts). */
export function nudgeJobs(): void {
  slot.errataJobs?.wake();
}

/** Stops the process's runner: the job in hand goes back to the queue after its current item (graceful shutdown). */
export async function stopJobRunner(): Promise<void> {
  const runner = slot.errataJobs;
  slot.errataJobs = undefined;
  await runner?.stop();
}
