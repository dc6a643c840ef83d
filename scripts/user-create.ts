// npm run user:create -- --email X --role EDITOR [--name "…"]   (password from ERRATA_PASSWORD or a prompt)
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { UserError } from "@/lib/errors";
// Its own file, not "@/lib/http": the index brings the API wrapper, and with it next-auth, into a CLI.
import { describeZodError } from "@/lib/http/error-response";
import { createUser } from "@/lib/users";
import { ensureDatabase } from "./ensure-database";

const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string", default: "REVIEWER" }, name: { type: "string" } } });

/** Reads the password without echoing it when stdin is a terminal. */
async function askPassword(): Promise<string> {
  if (process.env.ERRATA_PASSWORD) return process.env.ERRATA_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const muted = rl as unknown as { _writeToOutput: (s: string) => void };
  const original = muted._writeToOutput.bind(rl);
  muted._writeToOutput = (s) => original(s.startsWith("Password") ? s : "");
  const password = await rl.question("Password (10+ characters): ");
  rl.close();
  process.stdout.write("\n");
  return password;
}

async function main() {
  if (!values.email) {
    console.error("usage: npm run user:create -- --email someone@example.org --role REVIEWER|EDITOR|ADMIN");
    process.exit(2);
  }
  await ensureDatabase();
  const user = await createUser({ email: values.email, role: values.role!.toUpperCase() as "REVIEWER", name: values.name, password: await askPassword() });
  console.log(`Created ${user.role} ${user.email}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    const message = error instanceof UserError ? error.message : error instanceof ZodError ? describeZodError(error) : String(error);
    console.error(`Could not create the user: ${message}`);
    process.exit(1);
  },
);
