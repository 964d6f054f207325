// Audience groups: upload audiences by JSON and by file (create and add, with jobs), click and
// impression retargeting, get, list (paged), rename and delete. Statuses move with the clock (state
// in state-audiences.ts).

import { audienceLimits } from '../../shared/line/limits';
import { isIfa, isUserId } from '../../shared/line/ids';
import { audienceDescriptionError, uploadDescriptionError } from '../../shared/line/validate';
import type { ChannelState } from './channel-state';
import type { AudienceRow } from './state-audiences';
import { lineErrorMessages, requestBodyErrors } from '../../shared/line/errors';
import { LineApiError, audienceError } from './errors';
import { createLineSplitter } from './multipart';
import { accepted, ok, type FileConsumer, type SandboxCall, type SandboxRoute } from './route';

type Json = Record<string, unknown>;

function checkDescription(description: unknown) {
  const code = audienceDescriptionError(description);
  if (code) throw audienceError(400, code, 'description');
}

function checkUploadDescription(value: unknown) {
  const code = uploadDescriptionError(value);
  if (code) throw audienceError(400, code, 'uploadDescription');
}

function checkRoom(channel: ChannelState) {
  if (channel.audiences.count() >= audienceLimits.audiencesPerChannel)
    throw audienceError(400, 'AUDIENCE_GROUP_COUNT_MAX_OVER');
}

function findAudience(call: SandboxCall, id: unknown): AudienceRow {
  const audience =
    typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id))
      ? call.channel.audiences.get(Number(id))
      : undefined;
  if (!audience) throw audienceError(400, 'AUDIENCE_GROUP_NOT_FOUND', 'audienceGroupId');
  return audience;
}

/** Sorts uploaded IDs into friends of the channel (the only ones that count) and IFAs. */
interface IdTally {
  members: number[];
  memberSet: Set<number>;
  ifas: Set<string>;
  userIdLines: number;
  ifaLines: number;
  invalidLine: number | undefined;
  lines: number;
}

const newTally = (): IdTally => ({
  members: [],
  memberSet: new Set(),
  ifas: new Set(),
  userIdLines: 0,
  ifaLines: 0,
  invalidLine: undefined,
  lines: 0,
});

function tallyId(channel: ChannelState, tally: IdTally, id: string) {
  tally.lines++;
  if (isUserId(id)) {
    tally.userIdLines++;
    const index = channel.friends.indexOf(id);
    if (index !== undefined && !tally.memberSet.has(index)) {
      tally.memberSet.add(index);
      tally.members.push(index);
    }
  } else if (isIfa(id)) {
    tally.ifaLines++;
    tally.ifas.add(id.toLowerCase());
  } else tally.invalidLine ??= tally.lines;
}

/** LINE refuses the whole request when any ID has the wrong form for the audience's kind. */
function checkTally(tally: IdTally, isIfaAudience: boolean) {
  const wrongKind = isIfaAudience ? tally.userIdLines : tally.ifaLines;
  if (tally.invalidLine !== undefined || wrongKind > 0)
    throw audienceError(
      400,
      'UPLOAD_AUDIENCE_GROUP_INVALID_AUDIENCE_ID_FORMAT',
      tally.invalidLine !== undefined ? `audiences[${String(tally.invalidLine - 1)}]` : 'audiences',
    );
  if (tally.lines > audienceLimits.idsPerFile)
    throw audienceError(400, 'UPLOAD_AUDIENCE_GROUP_TOO_MANY_AUDIENCE_IDS');
}

const hex = new Uint8Array(256);
for (const c of '0123456789abcdef') hex[c.charCodeAt(0)] = 1;

/**
 * Reads an ID file as it streams in: one ID per line, blank lines ignored. User IDs are checked
 * byte-wise and only looked up among the friends, so 1.5 million lines take a fraction of a second.
 */
function idFileConsumer(channel: ChannelState): FileConsumer {
  const tally = newTally();
  const onLine = (buf: Buffer, start: number, end: number) => {
    while (start < end && (buf[start] === 0x20 || buf[start] === 0x09)) start++;
    while (end > start && (buf[end - 1] === 0x20 || buf[end - 1] === 0x09 || buf[end - 1] === 0x0d)) end--;
    if (end === start) return;
    if (end - start === 33 && buf[start] === 0x55) {
      let valid = true;
      for (let i = start + 1; i < end; i++) {
        if (hex[buf[i] as number] !== 1) {
          valid = false;
          break;
        }
      }
      if (valid) {
        tally.lines++;
        tally.userIdLines++;
        const index = channel.friends.indexOf(buf.toString('latin1', start, end));
        if (index !== undefined && !tally.memberSet.has(index)) {
          tally.memberSet.add(index);
          tally.members.push(index);
        }
        return;
      }
    }
    tallyId(channel, tally, buf.toString('utf8', start, end));
  };
  const lines = createLineSplitter(onLine);
  return {
    write: (chunk) => lines.write(chunk),
    finish() {
      lines.end();
      return tally;
    },
  };
}

function jsonTally(channel: ChannelState, audiences: unknown): IdTally {
  const tally = newTally();
  if (Array.isArray(audiences))
    for (const a of audiences) tallyId(channel, tally, String((a as Json).id ?? ''));
  return tally;
}

function requireIdFile(call: SandboxCall) {
  if (!call.form?.files.some((f) => f.name === 'file'))
    throw audienceError(400, 'UPLOAD_AUDIENCE_GROUP_NO_VALID_AUDIENCE_IDS', 'file');
}

/** The SDK sends `String(undefined)` for form fields the caller left out: read that as absent. */
const formValue = (call: SandboxCall, name: string): string | undefined => {
  const v = call.form?.fields.get(name);
  return v === undefined || v === 'undefined' ? undefined : v;
};

function createUpload(
  call: SandboxCall,
  fields: { description: unknown; isIfa: boolean; uploadDescription: unknown },
  tally: IdTally,
) {
  const { channel, now } = call;
  checkDescription(fields.description);
  checkUploadDescription(fields.uploadDescription);
  checkTally(tally, fields.isIfa);
  checkRoom(channel);
  const audience = channel.audiences.create({
    type: 'UPLOAD',
    description: String(fields.description),
    isIfa: fields.isIfa,
    now,
    members: [],
  });
  if (tally.lines > 0) {
    channel.audiences.addJob(audience, {
      description: typeof fields.uploadDescription === 'string' ? fields.uploadDescription : '',
      members: tally.members,
      extraCount: fields.isIfa ? tally.ifas.size : 0,
      now,
    });
  }
  return accepted({
    audienceGroupId: audience.id,
    createRoute: 'MESSAGING_API',
    type: 'UPLOAD',
    description: audience.description,
    created: Math.floor(now / 1000),
    permission: 'READ_WRITE',
    expireTimestamp: Math.floor(now / 1000) + audienceLimits.retentionSeconds,
    isIfaAudience: fields.isIfa,
  });
}

function addToUpload(
  call: SandboxCall,
  audienceGroupId: unknown,
  uploadDescription: unknown,
  tally: IdTally,
) {
  const { channel, now } = call;
  const audience = findAudience(call, audienceGroupId);
  if (audience.type !== 'UPLOAD') throw audienceError(400, 'AUDIENCE_GROUP_NOT_FOUND', 'audienceGroupId');
  if (channel.audiences.status(audience, now) === 'EXPIRED')
    throw audienceError(400, 'AUDIENCE_GROUP_CAN_NOT_UPLOAD_STATUS_EXPIRED');
  checkUploadDescription(uploadDescription);
  checkTally(tally, audience.is_ifa === 1);
  if (tally.lines === 0) throw audienceError(400, 'UPLOAD_AUDIENCE_GROUP_NO_VALID_AUDIENCE_IDS', 'audiences');
  if (channel.audiences.activeJobs(audience.id, now) >= audienceLimits.concurrentJobsPerAudience)
    throw new LineApiError(429, {
      message: lineErrorMessages.tooManyConcurrentJobs,
      details: [{ message: 'AUDIENCE_GROUP_JOB_CONCURRENCY_OVER' }],
    });
  channel.audiences.addJob(audience, {
    description: typeof uploadDescription === 'string' ? uploadDescription : '',
    members: tally.members,
    extraCount: audience.is_ifa === 1 ? tally.ifas.size : 0,
    now,
  });
  return accepted({});
}

function retargeting(call: SandboxCall, type: 'CLICK' | 'IMP') {
  const { channel, now } = call;
  const body = call.body as Json;
  checkDescription(body.description);
  const requestId = String(body.requestId ?? '');
  const clickUrl = typeof body.clickUrl === 'string' && body.clickUrl !== '' ? body.clickUrl : undefined;
  if (clickUrl !== undefined && clickUrl.length > audienceLimits.clickUrlMax)
    throw audienceError(400, 'AUDIENCE_GROUP_CLICK_URL_SIZE_OVER', 'clickUrl');
  const send = channel.sends.getBroadcastOrNarrowcast(requestId);
  if (!send) throw audienceError(400, 'REQUEST_NOT_FOUND', 'requestId');
  if (now - send.accepted_at > audienceLimits.retargetingSourceMaxAgeSeconds * 1000)
    throw audienceError(400, 'TOO_OLD_MESSAGES', 'requestId');
  if (channel.audiences.hasRetargeting(type, requestId, clickUrl))
    throw audienceError(400, 'AUDIENCE_GROUP_REQUESTID_DUPLICATE', 'requestId');
  checkRoom(channel);
  const members = channel.insight.engagedRecipients(send, type, clickUrl);
  const audience = channel.audiences.create({
    type,
    description: String(body.description),
    isIfa: false,
    now,
    requestId,
    ...(clickUrl !== undefined ? { clickUrl } : {}),
    members,
    ...(members.length < audienceLimits.retargetingMinUsers
      ? { failedType: 'AUDIENCE_GROUP_AUDIENCE_INSUFFICIENT' }
      : {}),
  });
  return accepted({
    audienceGroupId: audience.id,
    type,
    description: audience.description,
    created: Math.floor(now / 1000),
    requestId,
    ...(clickUrl !== undefined ? { clickUrl } : {}),
    createRoute: 'MESSAGING_API',
    permission: 'READ_WRITE',
    expireTimestamp: Math.floor(now / 1000) + audienceLimits.retentionSeconds,
    isIfaAudience: false,
  });
}

const idFileLimit = audienceLimits.idsPerFile * 40 + 64 * 1024;

export const audienceRoutes: readonly SandboxRoute[] = [
  {
    operationId: 'createAudienceGroup',
    method: 'POST',
    path: '/v2/bot/audienceGroup/upload',
    host: 'api',
    body: 'json',
    handle(call) {
      const body = call.body as Json;
      const isIfaAudience = body.isIfaAudience === true;
      return createUpload(
        call,
        { description: body.description, isIfa: isIfaAudience, uploadDescription: body.uploadDescription },
        jsonTally(call.channel, body.audiences),
      );
    },
  },
  {
    operationId: 'addAudienceToAudienceGroup',
    method: 'PUT',
    path: '/v2/bot/audienceGroup/upload',
    host: 'api',
    body: 'json',
    handle(call) {
      const body = call.body as Json;
      return addToUpload(
        call,
        body.audienceGroupId,
        body.uploadDescription,
        jsonTally(call.channel, body.audiences),
      );
    },
  },
  {
    operationId: 'createAudienceForUploadingUserIds',
    method: 'POST',
    path: '/v2/bot/audienceGroup/upload/byFile',
    host: 'data',
    body: 'multipart',
    maxBytes: idFileLimit,
    fileConsumer: idFileConsumer,
    handle(call) {
      requireIdFile(call);
      const isIfaRaw = formValue(call, 'isIfaAudience');
      if (isIfaRaw !== undefined && isIfaRaw !== 'true' && isIfaRaw !== 'false')
        throw new LineApiError(400, {
          message: requestBodyErrors(1),
          details: [{ message: 'must be true or false', property: 'isIfaAudience' }],
        });
      return createUpload(
        call,
        {
          description: formValue(call, 'description'),
          isIfa: isIfaRaw === 'true',
          uploadDescription: formValue(call, 'uploadDescription'),
        },
        call.upload as IdTally,
      );
    },
  },
  {
    operationId: 'addUserIdsToAudience',
    method: 'PUT',
    path: '/v2/bot/audienceGroup/upload/byFile',
    host: 'data',
    body: 'multipart',
    maxBytes: idFileLimit,
    fileConsumer: idFileConsumer,
    handle(call) {
      requireIdFile(call);
      return addToUpload(
        call,
        formValue(call, 'audienceGroupId'),
        formValue(call, 'uploadDescription'),
        call.upload as IdTally,
      );
    },
  },
  {
    operationId: 'createClickBasedAudienceGroup',
    method: 'POST',
    path: '/v2/bot/audienceGroup/click',
    host: 'api',
    body: 'json',
    handle: (call) => retargeting(call, 'CLICK'),
  },
  {
    operationId: 'createImpBasedAudienceGroup',
    method: 'POST',
    path: '/v2/bot/audienceGroup/imp',
    host: 'api',
    body: 'json',
    handle: (call) => retargeting(call, 'IMP'),
  },
  {
    operationId: 'updateAudienceGroupDescription',
    method: 'PUT',
    path: '/v2/bot/audienceGroup/{audienceGroupId}/updateDescription',
    host: 'api',
    body: 'json',
    handle(call) {
      const audience = findAudience(call, call.params.audienceGroupId);
      const description = (call.body as Json).description;
      checkDescription(description);
      call.channel.audiences.rename(audience, String(description));
      return ok({});
    },
  },
  {
    operationId: 'deleteAudienceGroup',
    method: 'DELETE',
    path: '/v2/bot/audienceGroup/{audienceGroupId}',
    host: 'api',
    body: 'none',
    handle(call) {
      const audience = findAudience(call, call.params.audienceGroupId);
      call.channel.audiences.delete(audience);
      return ok({});
    },
  },
  {
    operationId: 'getAudienceData',
    method: 'GET',
    path: '/v2/bot/audienceGroup/{audienceGroupId}',
    host: 'api',
    body: 'none',
    handle(call) {
      const { channel, now } = call;
      const audience = findAudience(call, call.params.audienceGroupId);
      const jobs = audience.type === 'UPLOAD' ? channel.audiences.jobsOf(audience.id) : [];
      return ok({
        audienceGroup: {
          ...channel.audiences.json(audience, now),
          expireTimestamp: Math.floor(audience.created_at / 1000) + audienceLimits.retentionSeconds,
        },
        jobs: jobs.map((job) => {
          const jobStatus = channel.audiences.jobStatus(job, now);
          return {
            audienceGroupJobId: job.id,
            audienceGroupId: audience.id,
            description: job.description,
            type: 'DIFF_ADD',
            jobStatus,
            ...(jobStatus === 'FAILED' && job.failed_type ? { failedType: job.failed_type } : {}),
            audienceCount: jobStatus === 'FINISHED' ? job.audience_count : 0,
            created: Math.floor(job.created_at / 1000),
          };
        }),
      });
    },
  },
  {
    operationId: 'getAudienceGroups',
    method: 'GET',
    path: '/v2/bot/audienceGroup/list',
    host: 'api',
    body: 'none',
    handle({ channel, now, query }) {
      const page = Number(query.get('page'));
      const size = Math.min(
        audienceLimits.listPageSizeMax,
        Number(query.get('size') ?? audienceLimits.listPageSizeDefault) || audienceLimits.listPageSizeDefault,
      );
      const description = query.get('description')?.toLowerCase();
      const status = query.get('status');
      const createRoute = query.get('createRoute');
      const all = channel.audiences
        .list()
        .map((row) => channel.audiences.json(row, now))
        .filter((a) => (description ? String(a.description).toLowerCase().includes(description) : true))
        .filter((a) => (status ? a.status === status : true))
        .filter((a) => (createRoute ? a.createRoute === createRoute : true));
      const slice = all.slice((page - 1) * size, page * size);
      return ok({
        audienceGroups: slice,
        hasNextPage: page * size < all.length,
        totalCount: all.length,
        readWriteAudienceGroupTotalCount: all.length,
        page,
        size,
      });
    },
  },
];
