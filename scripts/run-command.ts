import { UserError } from "@/lib/errors";

/**
 * Runs a one-argument command-line tool: usage (exit 2) without the argument, its message on success, the
 * reason and exit 1 on a UserError, the stack on anything else.
 */
export function runCommand(usage: string, argument: string | undefined, work: (argument: string) => Promise<string>): void {
  if (!argument) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  work(argument).then(
    (message) => {
      console.log(message);
      process.exit(0); // pg's pool would otherwise keep the process alive
    },
    (error: unknown) => {
      console.error(error instanceof UserError ? error.message : error);
      process.exit(1);
    },
  );
}
