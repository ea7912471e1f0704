import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  probeTableMarkdown
} from "../chunks/chunk-XNPZVBYH.js";
import {
  runPublishDryRunStage
} from "../chunks/chunk-IXH743GB.js";
import "../chunks/chunk-4BOIBMMC.js";
import "../chunks/chunk-DIPXMY6K.js";
import "../chunks/chunk-MHNJ5TUH.js";
import {
  readArtifactInput,
  readCommonInputs,
  runAction
} from "../chunks/chunk-EWMDCL5X.js";
import {
  markdownCell
} from "../chunks/chunk-PFSSL7OT.js";
import "../chunks/chunk-E4JN5UOR.js";
import "../chunks/chunk-3STO6GSY.js";
import "../chunks/chunk-N67TL7SK.js";
import "../chunks/chunk-MUGHQZOG.js";
import "../chunks/chunk-NSYWVXGE.js";
import "../chunks/chunk-62XS2I6U.js";
import "../chunks/chunk-VIMV3XDQ.js";
import "../chunks/chunk-BKLFK6S4.js";
import "../chunks/chunk-BE3HX54U.js";
import "../chunks/chunk-E73ZUZ5O.js";
import "../chunks/chunk-YP2N6HGM.js";
import "../chunks/chunk-RLB5E7YF.js";
import {
  getInput,
  summary
} from "../chunks/chunk-TSZFAG6J.js";
import "../chunks/chunk-GUYOKWKK.js";

// packages/action/src/entries/publish-dry-run.ts
function readInputs() {
  return {
    ...readCommonInputs(),
    dryRun: {
      environment: getInput("environment") || void 0,
      artifacts: readArtifactInput()
    }
  };
}
var inputs = readInputs();
var finished;
var redact = (text) => text;
await runAction({
  title: "publish-dry-run",
  inputs,
  run: async (context) => {
    redact = (text) => context.secrets.redact(text);
    finished = await runPublishDryRunStage(context, inputs.dryRun);
    return finished;
  },
  outputs: (report) => ({ table: JSON.stringify(report["table"] ?? []) })
});
if (finished && process.env["GITHUB_STEP_SUMMARY"]) {
  const rows = Array.isArray(finished["table"]) ? finished["table"] : [];
  const markdown = probeTableMarkdown(rows, markdownCell);
  if (markdown) await summary.addRaw(redact(markdown)).write();
}
