import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  flagOption,
  stringOption
} from "./chunk-C2Z53RSS.js";
import "./chunk-E4JN5UOR.js";
import {
  createStageContext,
  systemClock
} from "./chunk-3STO6GSY.js";
import {
  Journal
} from "./chunk-N67TL7SK.js";
import "./chunk-MUGHQZOG.js";
import "./chunk-NSYWVXGE.js";
import "./chunk-62XS2I6U.js";
import "./chunk-VIMV3XDQ.js";
import "./chunk-BKLFK6S4.js";
import "./chunk-BE3HX54U.js";
import "./chunk-E73ZUZ5O.js";
import "./chunk-YP2N6HGM.js";
import {
  ExitCode,
  UserError
} from "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/core/src/dossier/journal-commands.ts
import { join } from "node:path";
async function verifyWorkspaceJournal(workspaceDir) {
  const file = join(workspaceDir, "journal.jsonl");
  const result = await new Journal(
    file,
    systemClock
  ).verify();
  return {
    ok: result.ok,
    file,
    records: result.records.length,
    problem: result.problem,
    tornTail: result.tornTail
  };
}
function describeJournalCheck(check) {
  if (check.ok) return `${check.file}: ${check.records} records, chain intact`;
  const problem = check.problem;
  return `${check.file} line ${problem?.line ?? 0}: ${problem?.reason ?? "invalid"} (${check.records} records before it hold)`;
}

// packages/cli/src/commands/journal.ts
var journalCommand = {
  name: "journal",
  summary: "verify the release journal: find the first edited, removed, reordered or torn record",
  usage: "shipshape journal verify [--workspace D] [--json]",
  options: { workspace: { type: "string" }, json: { type: "boolean" } },
  allowPositionals: true,
  async run(args, io) {
    if (args.positionals.length !== 1 || args.positionals[0] !== "verify") {
      throw new UserError(
        "USAGE",
        "usage: shipshape journal verify [--workspace D] [--json]",
        { field: "subcommand" }
      );
    }
    const context = createStageContext({
      cwd: io.cwd,
      env: io.env,
      workspaceDir: stringOption(args, "workspace")
    });
    const check = await verifyWorkspaceJournal(context.workspaceDir);
    io.stdout(
      flagOption(args, "json") ? `${JSON.stringify(check, null, 2)}
` : `${check.ok ? "OK" : "BROKEN"}: ${describeJournalCheck(check)}
`
    );
    return check.ok ? ExitCode.pass : ExitCode.ruleBroken;
  }
};
export {
  journalCommand
};
