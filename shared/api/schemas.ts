// Argument schemas for every API method, composed from the features' slices. Main parses each call's
// arguments as unknown through these before a handler sees them; the mapped type makes a missing or
// mistyped schema a compile error.

import type { z } from 'zod';
import { appArgumentSchemas } from './app-contract';
import { channelsArgumentSchemas } from '../channels/contract';
import { editorArgumentSchemas } from '../editor/contract';
import { audiencesArgumentSchemas } from '../audiences/contract';
import { campaignsArgumentSchemas } from '../campaigns/contract';
import { quotaArgumentSchemas } from '../quota/contract';
import { syncArgumentSchemas } from '../sync/contract';
import type { OaPlannerApi } from './contract';
import type { ErrorText } from './result';
import type { ArgumentSchemas } from './slice';

export const apiArgumentSchemas: ArgumentSchemas<OaPlannerApi> = {
  ...appArgumentSchemas,
  ...channelsArgumentSchemas,
  ...editorArgumentSchemas,
  ...audiencesArgumentSchemas,
  ...campaignsArgumentSchemas,
  ...quotaArgumentSchemas,
  ...syncArgumentSchemas,
};

/**
 * Turns a zod failure into one sentence naming the method, the argument (from 1) and the field's
 * JSON path. The UI checks input live before calling, so this is what a caller that skipped those
 * checks sees; zod's own wording of the issue stays English.
 */
export function describeValidationError(method: string, error: z.ZodError): ErrorText {
  const issue = error.issues[0];
  if (!issue) return { key: 'errors.api.invalidArguments', params: { method } };
  const [argIndex, ...field] = issue.path;
  if (argIndex === undefined) {
    return { key: 'errors.api.invalidArguments', params: { method } };
  }
  const argument = Number(argIndex) + 1;
  return field.length
    ? {
        key: 'errors.api.invalidField',
        params: { method, argument, field: field.map(String).join('.'), issue: issue.message },
      }
    : { key: 'errors.api.invalidArgument', params: { method, argument, issue: issue.message } };
}
