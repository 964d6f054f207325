// Campaign files in and out of a data folder. Import is all or nothing in one write transaction: the
// file is read and its names resolved, campaigns are upserted by key (a sent one only when the file
// leaves it exactly as stored), the planning figures saved, and every campaign the file marks ready
// or scheduled checked by the shared rules; any problem rolls all of it back. Export writes the same
// format, so export then import changes nothing.

import {
  lockedStatuses,
  type Campaign,
  type CampaignDraft,
  type CampaignStatus,
} from '../../shared/campaigns/model';
import {
  bindPendingIds,
  campaignFileText,
  fileChannelReference,
  fileProblem,
  findingProblem,
  parseCampaignFile,
  readCampaignFileJson,
  resolveFileChannel,
  serializeCampaignFile,
  type CampaignFileProblem,
  type CampaignFileOptions,
} from '../../shared/campaigns/file';
import { errorsOf, finding } from '../../shared/campaigns/findings';
import { keyMaxLength, titleMaxLength } from '../../shared/campaigns/rules';
import { atMs, monthRange, normalizeAt } from '../../shared/campaigns/time';
import { listAudiences } from '../audiences/repository';
import { listProjects } from '../editor/projects';
import { getChannelPlanning, saveChannelPlanning } from '../quota/planning';
import { listChannels } from '../storage/channels';
import { writeTransaction, type SqliteDatabase } from '../storage/database';
import { checkStoredDraft, loadChannelFacts } from './context';
import {
  contentJson,
  insertCampaign,
  listCampaigns,
  updateCampaign,
  updatePlannedRecipients,
} from './repository';

export interface CampaignImportOptions {
  /** The channel chosen (`--channel`, or the section the UI shows): an id or a name. */
  readonly channel: string | null;
  readonly now?: Date;
  /** The plan catalogue's check of plan ids (the quota feature's); without it any id is taken. */
  readonly knownPlanIds?: CampaignFileOptions['knownPlanIds'];
}

export interface CampaignImportResult {
  readonly channel: { readonly id: number; readonly name: string };
  readonly created: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  readonly planningChanged: boolean;
}

export type CampaignImportOutcome =
  | { readonly ok: true; readonly result: CampaignImportResult }
  | { readonly ok: false; readonly problems: readonly CampaignFileProblem[] };

/** Thrown inside the transaction to roll it back; never leaves this module. */
class Refusal extends Error {
  constructor(readonly problems: readonly CampaignFileProblem[]) {
    super('campaign file refused');
  }
}

/** JSON with sorted keys: two drafts are the same campaign when this is equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sameCampaign = (stored: Campaign, draft: CampaignDraft, status: CampaignStatus): boolean =>
  stored.status === status &&
  stored.title === draft.title &&
  stored.sendKind === draft.sendKind &&
  (stored.at === null ? draft.at === null : draft.at !== null && atMs(stored.at) === atMs(draft.at)) &&
  canonical(JSON.parse(contentJson(stored))) === canonical(JSON.parse(contentJson(draft)));

export function importCampaignFileText(
  db: SqliteDatabase,
  text: string,
  options: CampaignImportOptions,
): CampaignImportOutcome {
  const json = readCampaignFileJson(text);
  if (!json.ok) return { ok: false, problems: json.problems };
  const channels = listChannels(db);
  const resolved = resolveFileChannel(fileChannelReference(json.value), options.channel, channels);
  if (!resolved.ok) return { ok: false, problems: [resolved.problem] };
  const channel = { id: resolved.channel.id, name: resolved.channel.name };
  const now = options.now ?? new Date();

  try {
    return {
      ok: true,
      result: writeTransaction(db, () => {
        const stored = new Map(listCampaigns(db, channel.id).map((c) => [c.key, c]));
        const planningBefore = getChannelPlanning(db, channel.id);
        const parsed = parseCampaignFile(json.value, {
          channel,
          timeZone: planningBefore.timeZone,
          audiences: listAudiences(db, channel.id),
          projects: listProjects(db, channel.id),
          campaigns: [...stored.values()].map((c) => ({ id: c.id, key: c.key })),
          ...(options.knownPlanIds ? { knownPlanIds: options.knownPlanIds } : {}),
        });
        if (!parsed.ok) throw new Refusal(parsed.problems);
        const { file } = parsed;
        // Figures the file repeats as stored are not saved again: importing an export changes nothing.
        const planningChanged =
          canonical({ ...planningBefore, ...file.planning }) !== canonical(planningBefore);
        const zone = planningChanged
          ? saveChannelPlanning(db, channel.id, file.planning).timeZone
          : planningBefore.timeZone;

        const problems: CampaignFileProblem[] = [];
        const ids = new Map<number, number>();
        const created: string[] = [];
        const updated: string[] = [];
        const unchanged: string[] = [];
        const written: { index: number; id: number; draft: CampaignDraft; status: CampaignStatus }[] = [];
        // Titles and keys the table cannot hold are refused before anything is written.
        for (const entry of file.campaigns) {
          const path = `campaigns[${String(entry.index)}]`;
          const { title, key } = entry.draft;
          if (title.trim() === '')
            problems.push(findingProblem(path, finding('title-empty', 'error', 'title')));
          else if (title.length > titleMaxLength)
            problems.push(
              findingProblem(
                path,
                finding('title-too-long', 'error', 'title', { length: title.length, max: titleMaxLength }),
              ),
            );
          if (key.trim() === '') problems.push(findingProblem(path, finding('key-empty', 'error', 'key')));
          else if (key.length > keyMaxLength)
            problems.push(
              findingProblem(
                path,
                finding('key-too-long', 'error', 'key', { length: key.length, max: keyMaxLength }),
              ),
            );
        }
        if (problems.length) throw new Refusal(problems);
        // New campaigns first get their ids, so redeliveries between campaigns of the file resolve.
        for (const entry of file.campaigns) {
          const existing = stored.get(entry.draft.key);
          if (existing) ids.set(entry.index, existing.id);
          else if (!lockedStatuses.has(entry.status))
            ids.set(
              entry.index,
              insertCampaign(
                db,
                channel.id,
                { ...entry.draft, recipient: null, abTest: null, messages: [] },
                'draft',
                0,
              ),
            );
        }
        for (const entry of file.campaigns) {
          const path = `campaigns[${String(entry.index)}]`;
          const draft = bindPendingIds(
            {
              ...entry.draft,
              title: entry.draft.title.trim(),
              // Read in the file's zone; only a channel in another zone needs the offsets redone.
              at:
                entry.draft.at === null || file.timeZone === zone
                  ? entry.draft.at
                  : normalizeAt(entry.draft.at, zone),
            },
            (index) => ids.get(index) ?? 0,
          );
          const existing = stored.get(draft.key);
          const status = { key: `campaigns.status.${entry.status}` } as const;
          if (existing && lockedStatuses.has(existing.status)) {
            if (sameCampaign(existing, draft, entry.status)) unchanged.push(draft.key);
            else
              problems.push(
                fileProblem(path, 'locked-differs', {
                  key: draft.key,
                  status: { key: `campaigns.status.${existing.status}` },
                }),
              );
            continue;
          }
          if (lockedStatuses.has(entry.status)) {
            problems.push(fileProblem(`${path}.status`, 'locked-new', { key: draft.key, status }));
            continue;
          }
          const id = ids.get(entry.index) ?? 0;
          if (existing && sameCampaign(existing, draft, entry.status)) {
            unchanged.push(draft.key);
            continue;
          }
          updateCampaign(db, id, draft, entry.status, existing?.plannedRecipients ?? 0);
          (existing ? updated : created).push(draft.key);
          written.push({ index: entry.index, id, draft, status: entry.status });
        }
        // The rules run once everything is in place: a redelivery may name a campaign further down.
        const facts = loadChannelFacts(db, channel.id);
        for (const { index, id, draft, status } of written) {
          const check = checkStoredDraft(db, facts, draft, id, status, now);
          updatePlannedRecipients(db, id, check.reach.expected);
          if (status === 'ready' || status === 'scheduled')
            for (const f of errorsOf(check.findings))
              problems.push(findingProblem(`campaigns[${String(index)}]`, f));
        }
        if (problems.length) throw new Refusal(problems);
        return { channel, created, updated, unchanged, planningChanged };
      }),
    };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problems: error.problems };
    throw error;
  }
}

/** The channel's campaigns (those of `month` in its zone, or all) and planning figures as a file. */
export function exportCampaignFileText(db: SqliteDatabase, channelId: number, month: string | null): string {
  const channel = listChannels(db).find((c) => c.id === channelId);
  if (!channel) throw new Error(`exportCampaignFileText: no channel ${String(channelId)}`);
  const { channelId: _id, pulled: _pulled, ...planning } = getChannelPlanning(db, channelId);
  const all = listCampaigns(db, channelId);
  const range = month === null ? null : monthRange(month, planning.timeZone);
  const campaigns =
    range === null
      ? all
      : all.filter((c) => c.at !== null && atMs(c.at) >= range.start && atMs(c.at) < range.end);
  const audiences = new Map(listAudiences(db, channelId).map((a) => [a.id, a.name]));
  const projects = new Map(
    [...listProjects(db, channelId), ...listProjects(db, channelId, true)].map((p) => [p.id, p.name]),
  );
  const keys = new Map(all.map((c) => [c.id, c.key]));
  return campaignFileText(
    serializeCampaignFile({
      channel: { id: channel.id, name: channel.name },
      planning,
      campaigns,
      names: {
        audience: (id) => audiences.get(id),
        project: (id) => projects.get(id),
        campaignKey: (id) => keys.get(id),
      },
    }),
  );
}
