import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
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
import {
  ExitCode,
  describeError,
  exitCodeForError
} from "../chunks/chunk-RLB5E7YF.js";
import "../chunks/chunk-GUYOKWKK.js";

// packages/cli/src/main.ts
import { parseArgs } from "node:util";

// packages/cli/src/commands/index.ts
var commands = {
  validate: {
    summary: "check release.yaml: schema, placeholders, files, digests, rules",
    load: async () => (await import("../chunks/validate-2WDJMEF6.js")).validateCommand
  },
  sign: {
    summary: "sign every artifact, verify each signature, write SHA256SUMS",
    load: async () => (await import("../chunks/sign-KPGKJETN.js")).signCommand
  },
  verify: {
    summary: "check a signature of a file offline (bundle or OpenPGP)",
    load: async () => (await import("../chunks/verify-MBGDIOSN.js")).verifyCommand
  },
  version: {
    summary: "check release.version against commits, calendar and tickets",
    load: async () => (await import("../chunks/version-BPRMCMF5.js")).versionCommand
  },
  sbom: {
    summary: "write a schema-valid SBOM per artifact, cross-checked",
    load: async () => (await import("../chunks/sbom-MCZ3LGUC.js")).sbomCommand
  },
  scan: {
    summary: "check licences, vulnerabilities, export control and exceptions",
    load: async () => (await import("../chunks/scan-63EJRN2U.js")).scanCommand
  },
  status: {
    summary: "show where the release stands, its blockers and their owners",
    load: async () => (await import("../chunks/status-NFCEIGPX.js")).statusCommand
  },
  escalate: {
    summary: "send each blocker to its owner (GitHub issues, webhooks)",
    load: async () => (await import("../chunks/escalate-XDEKYYFK.js")).escalateCommand
  },
  "publish-dry-run": {
    summary: "probe each target registry without publishing anything",
    load: async () => (await import("../chunks/publish-dry-run-DR5CI6K3.js")).publishDryRunCommand
  },
  run: {
    summary: "run every stage, assemble the dossier, give a GO/NO-GO verdict",
    load: async () => (await import("../chunks/run-YTKIQ6D4.js")).runCommand
  },
  "verify-dossier": {
    summary: "check a release dossier offline: digests, signatures, SBOMs, journal",
    load: async () => (await import("../chunks/verify-dossier-CJO2XEDN.js")).verifyDossierCommand
  },
  journal: {
    summary: "verify the release journal (journal verify)",
    load: async () => (await import("../chunks/journal-PZONAF4O.js")).journalCommand
  }
};

// packages/cli/src/main.ts
var version = "0.1.0";
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "help" || name === "--help" || name === "-h") {
    io.stdout(usage());
    return name === void 0 ? ExitCode.badInput : ExitCode.pass;
  }
  if (name === "--version") {
    io.stdout(`${version}
`);
    return ExitCode.pass;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : void 0;
  if (!entry) {
    io.stderr(`shipshape: unknown command "${name}"

${usage()}`);
    return ExitCode.badInput;
  }
  try {
    const command = await entry.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(`${command.usage}
`);
      return ExitCode.pass;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: command.options,
        allowPositionals: command.allowPositionals ?? false,
        strict: true
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`shipshape ${name}: ${reason}
usage: ${command.usage}
`);
      return ExitCode.badInput;
    }
    return await command.run(parsed, io);
  } catch (error) {
    io.stderr(`shipshape ${name}: ${describeError(error)}
`);
    if (io.env["SHIPSHAPE_DEBUG"] && error instanceof Error && error.stack) {
      io.stderr(`${error.stack}
`);
    }
    if (exitCodeForError(error) === ExitCode.internal) {
      io.stderr(
        "This is a bug in shipshape; please report it with the command you ran.\n"
      );
    }
    return exitCodeForError(error);
  }
}
function usage() {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(
    ([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`
  );
  return `shipshape ${version}: release gates before anything irreversible happens

usage: shipshape <command> [options]

commands:
${lines.join("\n")}

Run "shipshape <command> --help" for a command's options.
Exit codes: 0 pass, 1 a rule is broken, 2 bad input or configuration, 3 internal error.
`;
}

// packages/cli/src/bin.ts
var exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd()
});
process.exitCode = exitCode;
