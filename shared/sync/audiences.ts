// Audiences on LINE through the outbox: the entry kinds (create, add, rename, delete), how an
// audience OA Planner creates is recognised again (LINE's audience endpoints take no retry key, so
// each audience carries a marker at the end of its description, found again by the list's
// description filter after a crash or a lost answer), how a large audience is split into LINE's
// 1,500,000-ID files, and how a send names an audience that is not on LINE yet (a placeholder
// filled in with LINE's audienceGroupId once the audience is there). Main's worker applies them.

import type { LocalizedText } from '../i18n/text';
import { audienceLimits } from '../line/limits';

/** The outbox entry kinds that change an audience on LINE. */
export type AudienceEntryKind = 'audienceCreate' | 'audienceAdd' | 'audienceRename' | 'audienceDelete';
export const audienceEntryKinds: readonly AudienceEntryKind[] = [
  'audienceCreate',
  'audienceAdd',
  'audienceRename',
  'audienceDelete',
];

export function isAudienceEntryKind(kind: string): kind is AudienceEntryKind {
  return (audienceEntryKinds as readonly string[]).includes(kind);
}

/**
 * What each kind's payload holds. Never the members: they are read from the database when the
 * entry runs, from position `from` (inclusive) to `to` (exclusive) of the audience's stored order.
 */
export interface AudienceCreatePayload {
  readonly audienceId: number;
  readonly marker: string;
  /** Members [0, to) go with the creation (an upload audience; chat-tag ones are read whole). */
  readonly to?: number;
  /** A refresh: LINE's audience this one replaces (deleted once the new one is made). */
  readonly replaces?: string;
}
export interface AudienceAddPayload {
  readonly audienceId: number;
  readonly from: number;
  readonly to: number;
}
export interface AudienceRenamePayload {
  readonly audienceId: number;
  readonly marker: string;
  readonly name: string;
}
/** A deleted audience keeps here what sync needs to delete it on LINE. */
export interface AudienceDeletePayload {
  readonly audienceGroupId: string | null;
  readonly marker: string | null;
  readonly name: string;
}

/** `oap-` and 16 hex digits, as rich menus use. */
const markedDescriptionPattern = /\s?#(oap-[0-9a-f]{16})$/;

/** A new marker from 8 random bytes (the caller draws them: shared/ has no crypto). */
export function audienceMarker(randomBytes: Uint8Array): string {
  if (randomBytes.length < 8) throw new Error('audienceMarker needs 8 random bytes');
  const hex = Array.from(randomBytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
  return `oap-${hex}`;
}

/** The description sent to LINE: the name, shortened where needed, then ` #<marker>`, within 120. */
export function markedAudienceDescription(name: string, marker: string): string {
  const suffix = ` #${marker}`;
  const base = Array.from(name.trim())
    .slice(0, audienceLimits.descriptionMax - suffix.length)
    .join('')
    .trim();
  return base === '' ? `#${marker}` : `${base}${suffix}`;
}

/** The marker a description ends with, or null for an audience made elsewhere. */
export function audienceMarkerOf(description: string): string | null {
  return markedDescriptionPattern.exec(description)?.[1] ?? null;
}

/** The description without its marker: the name to show. */
export function unmarkedAudienceDescription(description: string): string {
  return description.replace(markedDescriptionPattern, '');
}

/** A range of the audience's members, [from, to). */
export interface MemberRange {
  readonly from: number;
  readonly to: number;
}

/** Members [from, to) in LINE's files of at most 1,500,000 IDs each. */
export function uploadParts(
  from: number,
  to: number,
  size: number = audienceLimits.idsPerFile,
): MemberRange[] {
  const parts: MemberRange[] = [];
  for (let start = from; start < to; start += size)
    parts.push({ from: start, to: Math.min(to, start + size) });
  return parts;
}

/** The job description that ties a LINE upload job to its outbox entry (ties the jobs list to progress). */
export const uploadJobDescription = (entryId: number): string => `oap-entry-${String(entryId)}`;

/**
 * A send queued before its audience is on LINE names it by a placeholder audienceGroupId: the
 * local audience's id, negated (LINE's ids are positive). The worker fills in LINE's id once the
 * audience is ready, before the first attempt, so every attempt sends the same body.
 */
export const pendingAudiencePlaceholder = (audienceId: number): number => -audienceId;

type Json = unknown;

function walk(
  value: Json,
  visit: (node: Record<string, unknown>) => Record<string, unknown> | undefined,
): Json {
  if (Array.isArray(value)) return value.map((v) => walk(v, visit));
  if (typeof value !== 'object' || value === null) return value;
  const node = value as Record<string, unknown>;
  const replaced = visit(node);
  if (replaced) return replaced;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = walk(v, visit);
  return out;
}

const isAudienceNode = (node: Record<string, unknown>): boolean =>
  node.type === 'audience' && typeof node.audienceGroupId === 'number';

/** The local audiences a send's recipient names by placeholder, in order, once each. */
export function pendingAudienceIds(payload: Readonly<Record<string, unknown>>): number[] {
  const ids: number[] = [];
  walk(payload.recipient, (node) => {
    if (isAudienceNode(node) && (node.audienceGroupId as number) < 0) {
      const id = -(node.audienceGroupId as number);
      if (!ids.includes(id)) ids.push(id);
      return node;
    }
    return undefined;
  });
  return ids;
}

/** The payload with each placeholder replaced by LINE's audienceGroupId (`ids` maps local → LINE). */
export function fillAudienceGroupIds(
  payload: Readonly<Record<string, unknown>>,
  ids: ReadonlyMap<number, number>,
): Record<string, unknown> {
  if (payload.recipient === undefined) return { ...payload };
  const recipient = walk(payload.recipient, (node) => {
    if (!isAudienceNode(node) || (node.audienceGroupId as number) >= 0) return undefined;
    const id = ids.get(-(node.audienceGroupId as number));
    if (id === undefined) throw new Error('fillAudienceGroupIds: an audience is not on LINE yet');
    return { ...node, audienceGroupId: id };
  });
  return { ...payload, recipient };
}

/** How far an audience entry has got, and what LINE last said of the audience (the Sync view shows it). */
export interface AudienceProgress {
  /** uploading: the request is being made; processing: LINE has it and is working; ready; failed. */
  readonly phase: 'uploading' | 'processing' | 'ready' | 'failed';
  /** LINE's audienceGroup.status when last read. */
  readonly status?: string;
  /** Members in this entry's file. */
  readonly members?: number;
  /** LINE's audienceCount when last read. */
  readonly audienceCount?: number;
  /** This entry's job on LINE (QUEUED, WORKING, FINISHED, FAILED) when last read. */
  readonly jobStatus?: string;
}

/** Why an entry waits, and until when it cannot go on (epoch ms). */
export interface AudienceHold {
  readonly error: LocalizedText;
  readonly retryAt: number;
}

/** The upload jobs on one audience that LINE still counts as running (QUEUED or WORKING). */
export function activeJobs(jobs: readonly { readonly jobStatus?: string }[]): number {
  return jobs.filter((j) => j.jobStatus === 'QUEUED' || j.jobStatus === 'WORKING').length;
}

/** Whether another upload job may start on an audience (LINE refuses the 11th running one). */
export function jobSlotFree(running: number): boolean {
  return running < audienceLimits.concurrentJobsPerAudience;
}
