/**
 * The status as the CLI and the action show it: the workspace status plus
 * credential hygiene when policy.yaml has a `credentials` section (which
 * may ask registries about their tokens).
 */
import { loadPolicy } from '../policy/release-policy.ts';
import type { StageContext } from '../stage.ts';
import { checkCredentialHygiene } from './credential-hygiene.ts';
import { buildStatus, type StatusReport } from './status-report.ts';

/** Builds the status, with credential checks when the policy asks. */
export async function collectStatus(
  context: StageContext,
): Promise<StatusReport> {
  const loaded = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd,
  });
  const credentialFindings =
    loaded.policy['credentials'] === undefined
      ? undefined
      : await checkCredentialHygiene(context);
  return buildStatus(context, { credentialFindings });
}
