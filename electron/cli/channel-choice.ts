// Which channel a command works on: `--channel` by id or name (without case), or the data folder's
// only channel when it is left out. One rule and one wording for every command that takes it.

import { resolveFileChannel, type NamedRecord } from '../../shared/campaigns/file';
import { englishText } from '../../shared/i18n/text';
import { CliError, UsageError } from './command';

export function chooseChannel<C extends NamedRecord>(channels: readonly C[], wanted: string | undefined): C {
  const resolved = resolveFileChannel(null, wanted ?? null, channels);
  if (resolved.ok) return resolved.channel as C;
  const sentence = `${englishText(resolved.problem.problem)} ${englishText(resolved.problem.fix)}`;
  // Left out with several channels is a mistake in the call; a name that matches none is not.
  throw wanted === undefined ? new UsageError(sentence) : new CliError(sentence);
}

export const channelOption = { channel: { type: 'string' } } as const;

export const channelHelp = `  --channel C      channel id or name (may be left out when there is only one)`;
