// The campaign file, format `oa-planner.campaigns` version 1 (documented in the README as a versioned
// interface): a channel's planning figures and its campaigns as LINE's own objects, except that an
// audience is named by `audience` (its local name), a redelivery by `campaign` (a key) and an imagemap
// by `project` (an editor project's name). Reading is all or nothing: every problem is reported with
// its JSON path (`campaigns[2].messages[0].text`), what is wrong and how to fix it. Writing gives a
// file that reads back to the same campaigns.

import type { AudienceExpression } from '../audiences/algebra';
import { maxExpressionDepth } from '../audiences/schemas';
import { assertNever } from '../domain/assert';
import type { MessageKey } from '../i18n/catalog';
import type { LocalizedText, TextParams } from '../i18n/text';
import { ageBuckets, subscriptionPeriodBuckets } from '../line/limits';
import type { Automation, ChannelPlanning, FriendStatistics } from '../quota/model';
import { isAreaCode, lineAreas } from './areas';
import { findingFixText, findingText, joinPath, type CampaignFinding } from './findings';
import { jsonSyntaxError } from './json-syntax';
import { mediaMessageJson, recipientShape, type LineJson } from './line-requests';
import {
  campaignStatuses,
  sendKinds,
  type AbTest,
  type Campaign,
  type CampaignDraft,
  type CampaignMessage,
  type CampaignStatus,
  type DemographicFilter,
  type LineEmoji,
  type SendKind,
  type SendLimit,
} from './model';
import { appTypes, genders } from './targeting';
import { isTimeZone, localAt, monthPattern, parseFileAt } from './time';

export const campaignFileFormat = 'oa-planner.campaigns';
export const campaignFileVersion = 1;

/** Problems a file can have besides the campaign rules' findings; `campaigns.file.<code>` in the catalogues. */
export const campaignFileProblemCodes = [
  'not-json',
  'type',
  'unknown-field',
  'required',
  'one-of',
  'range',
  'empty',
  'format',
  'version',
  'channel-needed',
  'channel-unknown',
  'channel-mismatch',
  'time-zone',
  'at-format',
  'at-no-such-time',
  'audience-unknown',
  'project-unknown',
  'project-ambiguous',
  'campaign-unknown',
  'key-duplicate',
  'plan-id',
  'plan-unknown',
  'date',
  'month',
  'blocks-over-followers',
  'share',
  'shares-sum',
  'operator',
  'too-deep',
  'filter-value',
  'locked-differs',
  'locked-new',
] as const;
export type CampaignFileProblemCode = (typeof campaignFileProblemCodes)[number];

export interface CampaignFileProblem {
  /** JSON path inside the file: `campaigns[2].messages[0].text`; '' for the file itself. */
  readonly path: string;
  readonly problem: LocalizedText;
  readonly fix: LocalizedText;
}

export type PlanningFields = Partial<Omit<ChannelPlanning, 'channelId'>>;

export interface NamedRecord {
  readonly id: number;
  readonly name: string;
}

export interface CampaignFileOptions {
  readonly channel: NamedRecord;
  /** The channel's zone, for a file that names none. */
  readonly timeZone: string;
  /** The channel's audiences, editor projects and stored campaigns, to resolve names and keys. */
  readonly audiences: readonly NamedRecord[];
  readonly projects: readonly NamedRecord[];
  readonly campaigns: readonly { readonly id: number; readonly key: string }[];
  /**
   * Plan ids the catalogue knows; without it any id is taken. The quota feature's plan catalogue
   * passes its check here, so an import names a misspelt plan at `plan.id`.
   */
  readonly knownPlanIds?: (id: string) => boolean;
}

export interface CampaignFileEntry {
  /** Its place in the file's `campaigns`. */
  readonly index: number;
  readonly status: CampaignStatus;
  readonly draft: CampaignDraft;
}

export interface ParsedCampaignFile {
  /** The zone `at` was read in (the file's, else the channel's). */
  readonly timeZone: string;
  /** Planning figures the file sets (only those it has). */
  readonly planning: PlanningFields;
  readonly campaigns: readonly CampaignFileEntry[];
}

export type CampaignFileResult =
  | { readonly ok: true; readonly file: ParsedCampaignFile }
  | { readonly ok: false; readonly problems: readonly CampaignFileProblem[] };

/**
 * A redelivery operand naming a campaign of the same file that is not stored yet carries this
 * (negative) id until the importer has stored it: bindPendingIds puts the real id in.
 */
export const pendingCampaignId = (index: number): number => -(index + 1);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const fileText = (code: CampaignFileProblemCode, params: TextParams = {}) => ({
  problem: { key: `campaigns.file.${code}.problem` as MessageKey, params },
  fix: { key: `campaigns.file.${code}.fix` as MessageKey, params },
});

export function fileProblem(
  path: string,
  code: CampaignFileProblemCode,
  params: TextParams = {},
): CampaignFileProblem {
  return { path, ...fileText(code, params) };
}

/** A rule's finding inside the file: its path under `campaigns[i]`. */
export function findingProblem(prefix: string, f: CampaignFinding): CampaignFileProblem {
  return { path: joinPath(prefix, f.path), problem: findingText(f), fix: findingFixText(f) };
}

/** "path: problem Fix: …" as one sentence. */
export function problemLine(p: CampaignFileProblem): LocalizedText {
  return { key: 'campaigns.problemLine', params: { path: p.path || '—', problem: p.problem, fix: p.fix } };
}

type Expected =
  'string' | 'number' | 'integer' | 'boolean' | 'object' | 'list' | 'stringOrNull' | 'stringOrList';
const expectedText = (t: Expected): LocalizedText => ({ key: `campaigns.fileTypes.${t}` as MessageKey });

/** Reads JSON values with their paths, collecting every problem instead of stopping at the first. */
class Reader {
  readonly problems: CampaignFileProblem[] = [];

  problem(path: string, code: CampaignFileProblemCode, params: TextParams = {}): undefined {
    this.problems.push(fileProblem(path, code, params));
    return undefined;
  }

  wrongType(path: string, expected: Expected): undefined {
    return this.problem(path, 'type', { expected: expectedText(expected) });
  }

  /** An object whose fields are all in `allowed`; `required` ones are reported when missing. */
  object(
    value: unknown,
    path: string,
    allowed: readonly string[],
    required: readonly string[] = [],
  ): Json | undefined {
    if (!isObject(value)) return this.wrongType(path, 'object');
    for (const field of Object.keys(value)) {
      if (!allowed.includes(field))
        this.problem(joinPath(path, field), 'unknown-field', { field, allowed: allowed.join(', ') });
    }
    for (const field of required)
      if (value[field] === undefined) this.problem(joinPath(path, field), 'required', { field });
    return value;
  }

  string(object: Json, field: string, path: string): string | undefined {
    const value = object[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.wrongType(joinPath(path, field), 'string');
    return value;
  }

  number(object: Json, field: string, path: string, integer = false): number | undefined {
    const value = object[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value)))
      return this.wrongType(joinPath(path, field), integer ? 'integer' : 'number');
    return value;
  }

  count(object: Json, field: string, path: string): number | undefined {
    const value = this.number(object, field, path, true);
    if (value !== undefined && value < 0) return this.problem(joinPath(path, field), 'range', { min: 0 });
    return value;
  }

  boolean(object: Json, field: string, path: string): boolean | undefined {
    const value = object[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') return this.wrongType(joinPath(path, field), 'boolean');
    return value;
  }

  list(object: Json, field: string, path: string): unknown[] | undefined {
    const value = object[field];
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return this.wrongType(joinPath(path, field), 'list');
    return value;
  }

  oneOf<T extends string>(object: Json, field: string, path: string, allowed: readonly T[]): T | undefined {
    const value = this.string(object, field, path);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value))
      return this.problem(joinPath(path, field), 'one-of', {
        value: value.slice(0, 40),
        allowed: allowed.join(', '),
      });
    return value as T;
  }
}

// ---- JSON ---------------------------------------------------------------------------------------

/** The file's JSON, or where its syntax breaks (line and column). */
export function readCampaignFileJson(
  text: string,
):
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problems: readonly CampaignFileProblem[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const { line, column } = jsonSyntaxError(source);
    return { ok: false, problems: [fileProblem('', 'not-json', { line, column, detail })] };
  }
}

/** The `channel` the file names (a name or an id), if any, before anything else is read. */
export function fileChannelReference(value: unknown): string | null {
  if (!isObject(value)) return null;
  const channel = value.channel;
  return typeof channel === 'string' || typeof channel === 'number' ? String(channel) : null;
}

/**
 * The channel to import into: the one `--channel` (or the UI) chose, which the file's `channel`
 * must then agree with; else the file's; else the only channel there is.
 */
export function resolveFileChannel(
  fromFile: string | null,
  chosen: string | null,
  channels: readonly NamedRecord[],
):
  | { readonly ok: true; readonly channel: NamedRecord }
  | { readonly ok: false; readonly problem: CampaignFileProblem } {
  const list = channels.map((c) => `${String(c.id)} “${c.name}”`).join(', ');
  const find = (reference: string) =>
    channels.find((c) => String(c.id) === reference) ??
    channels.find((c) => c.name.toLowerCase() === reference.trim().toLowerCase());
  const wanted = chosen ?? fromFile;
  if (wanted === null) {
    const [only, ...others] = channels;
    if (only && others.length === 0) return { ok: true, channel: only };
    return {
      ok: false,
      problem: fileProblem('channel', 'channel-needed', { count: channels.length, channels: list }),
    };
  }
  const channel = find(wanted);
  if (!channel)
    return {
      ok: false,
      problem: fileProblem(chosen !== null ? '' : 'channel', 'channel-unknown', {
        channel: wanted,
        channels: list,
      }),
    };
  if (chosen !== null && fromFile !== null && find(fromFile)?.id !== channel.id)
    return {
      ok: false,
      problem: fileProblem('channel', 'channel-mismatch', { file: fromFile, chosen: channel.name }),
    };
  return { ok: true, channel };
}

// ---- Reading ------------------------------------------------------------------------------------

const topFields = [
  'format',
  'version',
  'channel',
  'timeZone',
  'plan',
  'friends',
  'consumed',
  'automations',
  'campaigns',
];
const campaignFields = [
  'key',
  'title',
  'status',
  'send',
  'at',
  'messages',
  'recipient',
  'filter',
  'limit',
  'notificationDisabled',
  'to',
  'abTest',
];
const automationKinds: readonly Automation['kind'][] = [
  'push',
  'multicast',
  'broadcast',
  'narrowcast',
  'reply',
];
const shareKeys: Readonly<Record<keyof FriendStatistics['demographics'], readonly string[]>> = {
  genders: ['male', 'female', 'unknown'],
  ages: [...ageBuckets, 'unknown'],
  appTypes: ['ios', 'android', 'others'],
  areas: [...lineAreas.map((a) => a.code), 'unknown'],
  subscriptionPeriods: [...subscriptionPeriodBuckets, 'unknown'],
};
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

type MutablePlanning = { -readonly [K in keyof PlanningFields]: PlanningFields[K] };

function readPlanning(reader: Reader, root: Json, options: CampaignFileOptions): MutablePlanning {
  const planning: MutablePlanning = {};
  if (root.plan !== undefined) {
    const plan = reader.object(root.plan, 'plan', ['id', 'additionalMessageCap'], ['id']);
    if (plan) {
      const id = reader.string(plan, 'id', 'plan');
      if (id !== undefined) {
        if (id.trim() === '' || id.length > 64) reader.problem('plan.id', 'plan-id', { id: id.slice(0, 64) });
        else if (options.knownPlanIds && !options.knownPlanIds(id))
          reader.problem('plan.id', 'plan-unknown', { id });
        else planning.planId = id;
      }
      if (plan.additionalMessageCap === null) planning.additionalMessageCap = null;
      else {
        const cap = reader.count(plan, 'additionalMessageCap', 'plan');
        if (cap !== undefined) planning.additionalMessageCap = cap;
      }
    }
  }
  if (root.friends !== undefined) {
    const friends = reader.object(
      root.friends,
      'friends',
      ['followers', 'blocks', 'targetReach', 'asOf', 'demographics'],
      ['followers', 'blocks', 'targetReach', 'asOf'],
    );
    if (friends) {
      const followers = reader.count(friends, 'followers', 'friends');
      const blocks = reader.count(friends, 'blocks', 'friends');
      const targetReach = reader.count(friends, 'targetReach', 'friends');
      const asOf = reader.string(friends, 'asOf', 'friends');
      if (asOf !== undefined && !isRealDate(asOf))
        reader.problem('friends.asOf', 'date', { value: asOf.slice(0, 40) });
      if (followers !== undefined && blocks !== undefined && blocks > followers)
        reader.problem('friends.blocks', 'blocks-over-followers', { blocks, followers });
      const demographics: Record<string, Record<string, number>> = {};
      if (friends.demographics !== undefined) {
        const d = reader.object(friends.demographics, 'friends.demographics', Object.keys(shareKeys));
        for (const [dimension, keys] of Object.entries(shareKeys)) {
          const path = `friends.demographics.${dimension}`;
          if (!d || d[dimension] === undefined) continue;
          const shares = reader.object(d[dimension], path, keys);
          if (!shares) continue;
          const out: Record<string, number> = {};
          let total = 0;
          for (const key of Object.keys(shares).filter((k) => keys.includes(k))) {
            const share = reader.number(shares, key, path);
            if (share === undefined) continue;
            if (share < 0 || share > 1) reader.problem(joinPath(path, key), 'share', { share });
            out[key] = share;
            total += share;
          }
          if (total > 1.0001) reader.problem(path, 'shares-sum', { percent: Math.round(total * 1000) / 10 });
          demographics[dimension] = out;
        }
      }
      if (followers !== undefined && blocks !== undefined && targetReach !== undefined && asOf !== undefined)
        planning.friends = { followers, blocks, targetReach, asOf, demographics };
    }
  }
  if (root.consumed !== undefined) {
    const consumed = reader.object(root.consumed, 'consumed', ['month', 'messages'], ['month', 'messages']);
    if (consumed) {
      const month = reader.string(consumed, 'month', 'consumed');
      if (month !== undefined && !monthPattern.test(month))
        reader.problem('consumed.month', 'month', { value: month.slice(0, 40) });
      const messages = reader.count(consumed, 'messages', 'consumed');
      if (month !== undefined && monthPattern.test(month) && messages !== undefined)
        planning.consumed = { month, messages };
    }
  }
  if (root.automations !== undefined) {
    const list = reader.list(root, 'automations', '');
    if (list) {
      const automations: Automation[] = [];
      list.forEach((item, i) => {
        const path = `automations[${String(i)}]`;
        const a = reader.object(item, path, ['title', 'kind', 'perDay'], ['title', 'kind', 'perDay']);
        if (!a) return;
        const title = reader.string(a, 'title', path);
        if (title !== undefined && title.trim() === '') reader.problem(joinPath(path, 'title'), 'empty', {});
        const kind = reader.oneOf(a, 'kind', path, automationKinds);
        const perDay = reader.number(a, 'perDay', path);
        if (perDay !== undefined && perDay < 0) reader.problem(joinPath(path, 'perDay'), 'range', { min: 0 });
        if (title && kind && perDay !== undefined && perDay >= 0) automations.push({ title, kind, perDay });
      });
      planning.automations = automations;
    }
  }
  return planning;
}

interface Names {
  readonly audiences: ReadonlyMap<string, number>;
  readonly projects: ReadonlyMap<string, number[]>;
  /** Keys of the file's campaigns and the stored ones → id (pending ids for new ones). */
  readonly keys: ReadonlyMap<string, number>;
}

function readMessage(
  reader: Reader,
  value: unknown,
  path: string,
  names: Names,
): CampaignMessage | undefined {
  if (!isObject(value)) return reader.wrongType(path, 'object');
  const type = reader.oneOf(value, 'type', path, [
    'text',
    'image',
    'video',
    'sticker',
    'imagemap',
    'flex',
  ] as const);
  if (value.type === undefined) return reader.problem(joinPath(path, 'type'), 'required', { field: 'type' });
  switch (type) {
    case undefined:
      return undefined;
    case 'text': {
      const m = reader.object(value, path, ['type', 'text', 'emojis'], ['text']);
      const text = m && reader.string(m, 'text', path);
      const emojis: LineEmoji[] = [];
      const list = m && reader.list(m, 'emojis', path);
      list?.forEach((item, i) => {
        const p = joinPath(path, `emojis[${String(i)}]`);
        const e = reader.object(
          item,
          p,
          ['index', 'productId', 'emojiId'],
          ['index', 'productId', 'emojiId'],
        );
        if (!e) return;
        const index = reader.count(e, 'index', p);
        const productId = reader.string(e, 'productId', p);
        const emojiId = reader.string(e, 'emojiId', p);
        if (index !== undefined && productId !== undefined && emojiId !== undefined)
          emojis.push({ index, productId, emojiId });
      });
      if (text === undefined) return undefined;
      return list ? { type: 'text', text, emojis } : { type: 'text', text };
    }
    case 'image':
    case 'video': {
      const fields =
        type === 'video'
          ? ['type', 'originalContentUrl', 'previewImageUrl', 'trackingId']
          : ['type', 'originalContentUrl', 'previewImageUrl'];
      const m = reader.object(value, path, fields, ['originalContentUrl', 'previewImageUrl']);
      const original = m && reader.string(m, 'originalContentUrl', path);
      const preview = m && reader.string(m, 'previewImageUrl', path);
      if (original === undefined || preview === undefined) return undefined;
      if (type === 'image') return { type, originalContentUrl: original, previewImageUrl: preview };
      const trackingId = m && reader.string(m, 'trackingId', path);
      return {
        type,
        originalContentUrl: original,
        previewImageUrl: preview,
        ...(trackingId !== undefined ? { trackingId } : {}),
      };
    }
    case 'sticker': {
      const m = reader.object(value, path, ['type', 'packageId', 'stickerId'], ['packageId', 'stickerId']);
      const packageId = m && reader.string(m, 'packageId', path);
      const stickerId = m && reader.string(m, 'stickerId', path);
      return packageId !== undefined && stickerId !== undefined ? { type, packageId, stickerId } : undefined;
    }
    case 'imagemap': {
      const m = reader.object(value, path, ['type', 'project', 'baseUrl', 'altText'], ['project', 'baseUrl']);
      const project = m && reader.string(m, 'project', path);
      const baseUrl = m && reader.string(m, 'baseUrl', path);
      const altText = m && reader.string(m, 'altText', path);
      let projectId: number | undefined;
      if (project !== undefined) {
        const ids = names.projects.get(project) ?? [];
        if (ids.length === 0)
          reader.problem(joinPath(path, 'project'), 'project-unknown', { name: project.slice(0, 100) });
        else if (ids.length > 1)
          reader.problem(joinPath(path, 'project'), 'project-ambiguous', {
            name: project,
            count: ids.length,
          });
        else projectId = ids[0];
      }
      if (projectId === undefined || baseUrl === undefined) return undefined;
      return { type, projectId, baseUrl, ...(altText !== undefined ? { altText } : {}) };
    }
    case 'flex': {
      const m = reader.object(value, path, ['type', 'altText', 'contents'], ['altText', 'contents']);
      const altText = m && reader.string(m, 'altText', path);
      if (altText === undefined || m?.contents === undefined) return undefined;
      return { type, altText, contents: m.contents };
    }
    default:
      return assertNever(type, 'readMessage');
  }
}

function readMessages(reader: Reader, container: Json, path: string, names: Names): CampaignMessage[] {
  const list = reader.list(container, 'messages', path) ?? [];
  const messages: CampaignMessage[] = [];
  list.forEach((item, i) => {
    const m = readMessage(reader, item, joinPath(path, `messages[${String(i)}]`), names);
    if (m) messages.push(m);
  });
  return messages;
}

function readRecipient(
  reader: Reader,
  value: unknown,
  path: string,
  names: Names,
  depth = 1,
): AudienceExpression | undefined {
  if (depth > maxExpressionDepth) return reader.problem(path, 'too-deep', { max: maxExpressionDepth });
  if (!isObject(value)) return reader.wrongType(path, 'object');
  const type = reader.oneOf(value, 'type', path, ['operator', 'audience', 'redelivery'] as const);
  if (value.type === undefined) return reader.problem(joinPath(path, 'type'), 'required', { field: 'type' });
  if (type === 'audience') {
    const o = reader.object(value, path, ['type', 'audience'], ['audience']);
    const name = o && reader.string(o, 'audience', path);
    if (name === undefined) return undefined;
    const id = names.audiences.get(name.trim().toLowerCase());
    if (id === undefined)
      return reader.problem(joinPath(path, 'audience'), 'audience-unknown', { name: name.slice(0, 120) });
    return { type: 'audience', audienceId: id };
  }
  if (type === 'redelivery') {
    const o = reader.object(value, path, ['type', 'campaign'], ['campaign']);
    const key = o && reader.string(o, 'campaign', path);
    if (key === undefined) return undefined;
    const id = names.keys.get(key);
    if (id === undefined)
      return reader.problem(joinPath(path, 'campaign'), 'campaign-unknown', { key: key.slice(0, 220) });
    return { type: 'redelivery', broadcastId: id };
  }
  if (type !== 'operator') return undefined;
  const o = reader.object(value, path, ['type', 'and', 'or', 'not']);
  if (!o) return undefined;
  const present = (['and', 'or', 'not'] as const).filter((k) => o[k] !== undefined);
  if (present.length !== 1) return reader.problem(path, 'operator', {});
  const key = present[0] ?? 'and';
  if (key === 'not') {
    const operand = readRecipient(reader, o.not, joinPath(path, 'not'), names, depth + 1);
    return operand && { type: 'not', operand };
  }
  const list = reader.list(o, key, path);
  if (!list) return undefined;
  const operands = list.map((item, i) =>
    readRecipient(reader, item, joinPath(path, `${key}[${String(i)}]`), names, depth + 1),
  );
  return operands.every((x) => x !== undefined)
    ? { type: key, operands: operands as AudienceExpression[] }
    : undefined;
}

function readFilter(reader: Reader, value: unknown, path: string, depth = 1): DemographicFilter | undefined {
  if (depth > maxExpressionDepth) return reader.problem(path, 'too-deep', { max: maxExpressionDepth });
  if (!isObject(value)) return reader.wrongType(path, 'object');
  const types = ['gender', 'age', 'appType', 'area', 'subscriptionPeriod', 'operator'] as const;
  const type = reader.oneOf(value, 'type', path, types);
  if (value.type === undefined) return reader.problem(joinPath(path, 'type'), 'required', { field: 'type' });
  const values = <T extends string>(allowed: (v: string) => boolean): T[] | undefined => {
    const o = reader.object(value, path, ['type', 'oneOf'], ['oneOf']);
    const list = o && reader.list(o, 'oneOf', path);
    if (!list) return undefined;
    const out: T[] = [];
    list.forEach((item, i) => {
      const p = joinPath(path, `oneOf[${String(i)}]`);
      if (typeof item !== 'string') reader.wrongType(p, 'string');
      else if (!allowed(item)) reader.problem(p, 'filter-value', { value: item.slice(0, 40) });
      else out.push(item as T);
    });
    return out.length === list.length ? out : undefined;
  };
  const bounds = <B extends string>(allowed: readonly B[]): { gte?: B; lt?: B } | undefined => {
    const o = reader.object(value, path, ['type', 'gte', 'lt']);
    if (!o) return undefined;
    const gte = reader.oneOf(o, 'gte', path, allowed);
    const lt = reader.oneOf(o, 'lt', path, allowed);
    if ((o.gte !== undefined && gte === undefined) || (o.lt !== undefined && lt === undefined))
      return undefined;
    return { ...(gte !== undefined ? { gte } : {}), ...(lt !== undefined ? { lt } : {}) };
  };
  switch (type) {
    case undefined:
      return undefined;
    case 'gender': {
      const oneOf = values<(typeof genders)[number]>((v) => (genders as readonly string[]).includes(v));
      return oneOf && { type, oneOf };
    }
    case 'appType': {
      const oneOf = values<(typeof appTypes)[number]>((v) => (appTypes as readonly string[]).includes(v));
      return oneOf && { type, oneOf };
    }
    case 'area': {
      const oneOf = values<string>(isAreaCode);
      return oneOf && { type, oneOf };
    }
    case 'age': {
      const range = bounds(ageBuckets);
      return range && { type, ...range };
    }
    case 'subscriptionPeriod': {
      const range = bounds(subscriptionPeriodBuckets);
      return range && { type, ...range };
    }
    case 'operator': {
      const o = reader.object(value, path, ['type', 'and', 'or', 'not']);
      if (!o) return undefined;
      const present = (['and', 'or', 'not'] as const).filter((k) => o[k] !== undefined);
      if (present.length !== 1) return reader.problem(path, 'operator', {});
      const key = present[0] ?? 'and';
      if (key === 'not') {
        const inner = readFilter(reader, o.not, joinPath(path, 'not'), depth + 1);
        return inner && { type: 'operator', not: inner };
      }
      const list = reader.list(o, key, path);
      if (!list) return undefined;
      const parts = list.map((item, i) =>
        readFilter(reader, item, joinPath(path, `${key}[${String(i)}]`), depth + 1),
      );
      if (!parts.every((p) => p !== undefined)) return undefined;
      return key === 'and'
        ? { type: 'operator', and: parts as DemographicFilter[] }
        : { type: 'operator', or: parts as DemographicFilter[] };
    }
    default:
      return assertNever(type, 'readFilter');
  }
}

function readAbTest(reader: Reader, value: unknown, path: string, names: Names): AbTest | undefined {
  const o = reader.object(
    value,
    path,
    ['variants', 'metric', 'decideAfterHours'],
    ['variants', 'metric', 'decideAfterHours'],
  );
  if (!o) return undefined;
  const metric = reader.oneOf(o, 'metric', path, ['click', 'open'] as const);
  const decideAfterHours = reader.number(o, 'decideAfterHours', path);
  const list = reader.list(o, 'variants', path) ?? [];
  const variants = list.map((item, i) => {
    const p = joinPath(path, `variants[${String(i)}]`);
    const v = reader.object(item, p, ['share', 'messages'], ['share', 'messages']);
    if (!v) return undefined;
    const share = reader.number(v, 'share', p);
    const messages = readMessages(reader, v, p, names);
    return share === undefined ? undefined : { share, messages };
  });
  if (metric === undefined || decideAfterHours === undefined || !variants.every((v) => v !== undefined))
    return undefined;
  return { variants: variants as AbTest['variants'], metric, decideAfterHours };
}

function readCampaign(
  reader: Reader,
  value: unknown,
  index: number,
  key: string,
  timeZone: string,
  names: Names,
): CampaignFileEntry | undefined {
  const path = `campaigns[${String(index)}]`;
  const c = reader.object(value, path, campaignFields, ['title', 'send']);
  if (!c) return undefined;
  const title = reader.string(c, 'title', path);
  const status = c.status === undefined ? 'draft' : reader.oneOf(c, 'status', path, campaignStatuses);
  const sendKind = reader.oneOf<SendKind>(c, 'send', path, sendKinds);
  let at: string | null | undefined = null;
  if (c.at !== undefined && c.at !== null) {
    const text = reader.string(c, 'at', path);
    if (text !== undefined) {
      const parsed = parseFileAt(text, timeZone);
      if (parsed.ok) at = parsed.at;
      else {
        reader.problem(joinPath(path, 'at'), parsed.reason === 'format' ? 'at-format' : 'at-no-such-time', {
          value: text.slice(0, 40),
          zone: timeZone,
        });
        at = undefined;
      }
    } else at = undefined;
  }
  const messages = readMessages(reader, c, path, names);
  const recipient =
    c.recipient === undefined || c.recipient === null
      ? null
      : readRecipient(reader, c.recipient, joinPath(path, 'recipient'), names);
  let filter: CampaignDraft['filter'] | undefined = null;
  if (c.filter !== undefined && c.filter !== null) {
    const f = reader.object(c.filter, joinPath(path, 'filter'), ['demographic'], ['demographic']);
    const demographic = f && readFilter(reader, f.demographic, joinPath(path, 'filter.demographic'));
    filter = demographic ? { demographic } : undefined;
  }
  let limit: SendLimit | null | undefined = null;
  if (c.limit !== undefined && c.limit !== null) {
    const p = joinPath(path, 'limit');
    const l = reader.object(c.limit, p, ['max', 'upToRemainingQuota', 'forbidPartialDelivery']);
    if (l) {
      const max = reader.number(l, 'max', p);
      const upTo = reader.boolean(l, 'upToRemainingQuota', p);
      const forbid = reader.boolean(l, 'forbidPartialDelivery', p);
      limit = {
        ...(max !== undefined ? { max } : {}),
        ...(upTo !== undefined ? { upToRemainingQuota: upTo } : {}),
        ...(forbid !== undefined ? { forbidPartialDelivery: forbid } : {}),
      };
    } else limit = undefined;
  }
  const notificationDisabled = reader.boolean(c, 'notificationDisabled', path) ?? false;
  let to: string[] | undefined = [];
  if (c.to !== undefined) {
    if (typeof c.to === 'string') to = [c.to];
    else if (Array.isArray(c.to)) {
      to = [];
      for (const [i, id] of c.to.entries()) {
        if (typeof id === 'string') to.push(id);
        else {
          reader.wrongType(joinPath(path, `to[${String(i)}]`), 'string');
          to = undefined;
          break;
        }
      }
    } else to = reader.wrongType(joinPath(path, 'to'), 'stringOrList');
  }
  const abTest =
    c.abTest === undefined || c.abTest === null
      ? null
      : readAbTest(reader, c.abTest, joinPath(path, 'abTest'), names);
  if (
    title === undefined ||
    status === undefined ||
    sendKind === undefined ||
    at === undefined ||
    recipient === undefined ||
    filter === undefined ||
    limit === undefined ||
    to === undefined ||
    abTest === undefined
  )
    return undefined;
  return {
    index,
    status,
    draft: { title, key, sendKind, at, messages, recipient, filter, limit, notificationDisabled, to, abTest },
  };
}

/** Reads a parsed campaign file for `options.channel`: all of it, or every problem found. */
export function parseCampaignFile(value: unknown, options: CampaignFileOptions): CampaignFileResult {
  const reader = new Reader();
  const root = reader.object(value, '', topFields, ['format', 'version', 'campaigns']);
  if (!root) return { ok: false, problems: reader.problems };
  if (root.format !== undefined && root.format !== campaignFileFormat)
    reader.problem('format', 'format', {
      found: String(root.format).slice(0, 60),
      format: campaignFileFormat,
    });
  if (root.version !== undefined && root.version !== campaignFileVersion)
    return {
      ok: false,
      problems: [
        ...reader.problems,
        fileProblem('version', 'version', {
          found: String(root.version).slice(0, 20),
          supported: campaignFileVersion,
        }),
      ],
    };
  let timeZone = options.timeZone;
  const zone = reader.string(root, 'timeZone', '');
  if (zone !== undefined) {
    if (isTimeZone(zone)) timeZone = zone;
    else reader.problem('timeZone', 'time-zone', { zone: zone.slice(0, 64) });
  }
  const planning = readPlanning(reader, root, options);
  if (zone !== undefined && isTimeZone(zone)) planning.timeZone = zone;

  const list = reader.list(root, 'campaigns', '') ?? [];
  // Keys first: a redelivery may name a campaign further down the file.
  const stored = new Map(options.campaigns.map((c) => [c.key, c.id]));
  const keys = new Map<string, number>();
  const entryKeys: (string | undefined)[] = list.map((item, index) => {
    if (!isObject(item)) return undefined;
    const key =
      typeof item.key === 'string' ? item.key : typeof item.title === 'string' ? item.title : undefined;
    if (key === undefined) return undefined;
    if (keys.has(key)) {
      const first = list.findIndex((other) => isObject(other) && (other.key ?? other.title) === key);
      reader.problem(`campaigns[${String(index)}].key`, 'key-duplicate', {
        key: key.slice(0, 220),
        first: `campaigns[${String(first)}]`,
      });
      return undefined;
    }
    keys.set(key, stored.get(key) ?? pendingCampaignId(index));
    return key;
  });
  for (const [key, id] of stored) if (!keys.has(key)) keys.set(key, id);
  const projects = new Map<string, number[]>();
  for (const p of options.projects) projects.set(p.name, [...(projects.get(p.name) ?? []), p.id]);
  const names: Names = {
    audiences: new Map(options.audiences.map((a) => [a.name.trim().toLowerCase(), a.id])),
    projects,
    keys,
  };

  const campaigns: CampaignFileEntry[] = [];
  list.forEach((item, index) => {
    if (isObject(item) && item.key !== undefined && typeof item.key !== 'string') {
      reader.wrongType(`campaigns[${String(index)}].key`, 'string');
      return;
    }
    const entry = readCampaign(reader, item, index, entryKeys[index] ?? '', timeZone, names);
    if (entry && entryKeys[index] !== undefined) campaigns.push(entry);
  });
  if (reader.problems.length) return { ok: false, problems: reader.problems };
  return { ok: true, file: { timeZone, planning, campaigns } };
}

/** The draft with pending ids (campaigns of the same file) replaced by their stored ids. */
export function bindPendingIds(draft: CampaignDraft, idOf: (index: number) => number): CampaignDraft {
  if (draft.recipient === null) return draft;
  const bind = (e: AudienceExpression): AudienceExpression => {
    switch (e.type) {
      case 'audience':
        return e;
      case 'redelivery':
        return e.broadcastId < 0 ? { type: 'redelivery', broadcastId: idOf(-e.broadcastId - 1) } : e;
      case 'and':
      case 'or':
        return { type: e.type, operands: e.operands.map(bind) };
      case 'not':
        return { type: 'not', operand: bind(e.operand) };
      default:
        return assertNever(e, 'bindPendingIds');
    }
  };
  return { ...draft, recipient: bind(draft.recipient) };
}

// ---- Writing ------------------------------------------------------------------------------------

export interface CampaignFileNames {
  audience(id: number): string | undefined;
  project(id: number): string | undefined;
  campaignKey(id: number): string | undefined;
}

export interface CampaignFileExport {
  readonly channel: NamedRecord;
  readonly planning: Omit<ChannelPlanning, 'channelId'>;
  readonly campaigns: readonly Campaign[];
  readonly names: CampaignFileNames;
}

function messageJson(message: CampaignMessage, names: CampaignFileNames): LineJson {
  switch (message.type) {
    case 'text':
      return {
        type: 'text',
        text: message.text,
        ...(message.emojis && message.emojis.length ? { emojis: message.emojis } : {}),
      };
    case 'image':
    case 'video':
    case 'sticker':
      return mediaMessageJson(message);
    case 'imagemap':
      return {
        type: 'imagemap',
        project: names.project(message.projectId) ?? `#${String(message.projectId)}`,
        baseUrl: message.baseUrl,
        ...(message.altText !== undefined ? { altText: message.altText } : {}),
      };
    case 'flex':
      return { type: 'flex', altText: message.altText, contents: message.contents };
    default:
      return assertNever(message, 'messageJson');
  }
}

function campaignJson(campaign: Campaign, zone: string, names: CampaignFileNames): LineJson {
  const messages = (list: readonly CampaignMessage[]) => list.map((m) => messageJson(m, names));
  const toJson = campaign.sendKind === 'push' && campaign.to.length === 1 ? campaign.to[0] : campaign.to;
  return {
    key: campaign.key,
    title: campaign.title,
    status: campaign.status,
    send: campaign.sendKind,
    at: campaign.at === null ? null : localAt(campaign.at, zone),
    messages: messages(campaign.messages),
    ...(campaign.recipient
      ? {
          recipient: recipientShape(campaign.recipient, (operand) =>
            operand.type === 'audience'
              ? {
                  type: 'audience',
                  audience: names.audience(operand.audienceId) ?? `#${String(operand.audienceId)}`,
                }
              : {
                  type: 'redelivery',
                  campaign: names.campaignKey(operand.broadcastId) ?? `#${String(operand.broadcastId)}`,
                },
          ),
        }
      : {}),
    ...(campaign.filter ? { filter: { demographic: campaign.filter.demographic } } : {}),
    ...(campaign.limit ? { limit: campaign.limit } : {}),
    ...(campaign.notificationDisabled ? { notificationDisabled: true } : {}),
    ...(campaign.to.length ? { to: toJson } : {}),
    ...(campaign.abTest
      ? {
          abTest: {
            variants: campaign.abTest.variants.map((v) => ({
              share: v.share,
              messages: messages(v.messages),
            })),
            metric: campaign.abTest.metric,
            decideAfterHours: campaign.abTest.decideAfterHours,
          },
        }
      : {}),
  };
}

/** The file for a channel's campaigns (in time order, "next sync" last) and planning figures. */
export function serializeCampaignFile(input: CampaignFileExport): LineJson {
  const { planning } = input;
  const zone = planning.timeZone;
  return {
    format: campaignFileFormat,
    version: campaignFileVersion,
    channel: input.channel.name,
    timeZone: zone,
    plan: { id: planning.planId, additionalMessageCap: planning.additionalMessageCap },
    ...(planning.friends ? { friends: planning.friends } : {}),
    ...(planning.consumed ? { consumed: planning.consumed } : {}),
    automations: planning.automations,
    campaigns: input.campaigns.map((c) => campaignJson(c, zone, input.names)),
  };
}

/** The file as text: two-space JSON, one trailing newline. */
export const campaignFileText = (file: LineJson): string => `${JSON.stringify(file, null, 2)}\n`;
