// The request bodies sync sends for a campaign, one to one from the model: broadcast, narrowcast
// (recipient with LINE's audienceGroupId and requestId, filter, limit, notificationDisabled),
// multicast in requests of 500 user IDs, push; bubbles as LINE's message objects, an imagemap built
// from its editor document. IDs only LINE knows come through resolvers the caller passes; anything
// they cannot resolve is listed rather than sent half-made.

import type { AudienceExpression } from '../audiences/algebra';
import { assertNever } from '../domain/assert';
import type { ImagemapDocument } from '../editor/document';
import { imagemapMessage } from '../editor/line-json';
import { messageLimits } from '../line/limits';
import { joinPath } from './findings';
import { variantLetter } from './ab-test';
import type {
  CampaignDraft,
  CampaignMessage,
  ImageMessage,
  SendLimit,
  StickerMessage,
  VideoMessage,
} from './model';

export type LineJson = { readonly [field: string]: unknown };

export interface LineResolvers {
  /** LINE's audienceGroupId of a local audience, once synced. */
  audienceGroupId(audienceId: number): number | undefined;
  /** X-Line-Request-Id of a sent campaign (redelivery). */
  requestId(campaignId: number): string | undefined;
  /** The imagemap document of an editor project. */
  imagemap(projectId: number): ImagemapDocument | undefined;
}

export interface Unresolved {
  readonly kind: 'audience' | 'redelivery' | 'imagemap';
  readonly id: number;
  /** Where in the campaign (`recipient.and[0]`, `messages[1]`). */
  readonly path: string;
}

/** One request: the OpenAPI operation and its JSON body. */
export type LineSend =
  | { readonly operation: 'broadcast'; readonly body: LineJson }
  | { readonly operation: 'narrowcast'; readonly body: LineJson }
  | { readonly operation: 'multicast'; readonly body: LineJson }
  | { readonly operation: 'pushMessage'; readonly body: LineJson };

export type LineMapping =
  | { readonly ok: true; readonly sends: readonly LineSend[] }
  | { readonly ok: false; readonly unresolved: readonly Unresolved[] };

/**
 * The expression in LINE's recipient shape (`{type: "operator", and: […]}`), its audience and
 * redelivery objects made by `leaf` (which also gets the object's path).
 */
export function recipientShape(
  expression: AudienceExpression,
  leaf: (operand: Extract<AudienceExpression, { type: 'audience' | 'redelivery' }>, path: string) => LineJson,
  path = 'recipient',
): LineJson {
  switch (expression.type) {
    case 'audience':
    case 'redelivery':
      return leaf(expression, path);
    case 'and':
    case 'or':
      return {
        type: 'operator',
        [expression.type]: expression.operands.map((o, i) =>
          recipientShape(o, leaf, joinPath(path, `${expression.type}[${String(i)}]`)),
        ),
      };
    case 'not':
      return { type: 'operator', not: recipientShape(expression.operand, leaf, joinPath(path, 'not')) };
    default:
      return assertNever(expression, 'recipientShape');
  }
}

function lineRecipient(
  expression: AudienceExpression,
  resolvers: LineResolvers,
  unresolved: Unresolved[],
): LineJson {
  return recipientShape(expression, (operand, path) => {
    if (operand.type === 'audience') {
      const id = resolvers.audienceGroupId(operand.audienceId);
      if (id === undefined) unresolved.push({ kind: 'audience', id: operand.audienceId, path });
      return { type: 'audience', audienceGroupId: id ?? 0 };
    }
    const requestId = resolvers.requestId(operand.broadcastId);
    if (requestId === undefined) unresolved.push({ kind: 'redelivery', id: operand.broadcastId, path });
    return { type: 'redelivery', requestId: requestId ?? '' };
  });
}

/** An image, video or sticker bubble: the same object in a campaign file and in LINE's request. */
export function mediaMessageJson(message: ImageMessage | VideoMessage | StickerMessage): LineJson {
  switch (message.type) {
    case 'image':
      return {
        type: 'image',
        originalContentUrl: message.originalContentUrl,
        previewImageUrl: message.previewImageUrl,
      };
    case 'video':
      return {
        type: 'video',
        originalContentUrl: message.originalContentUrl,
        previewImageUrl: message.previewImageUrl,
        ...(message.trackingId !== undefined ? { trackingId: message.trackingId } : {}),
      };
    case 'sticker':
      return { type: 'sticker', packageId: message.packageId, stickerId: message.stickerId };
    default:
      return assertNever(message, 'mediaMessageJson');
  }
}

/** One bubble as LINE's message object. */
export function lineMessage(
  message: CampaignMessage,
  resolvers: Pick<LineResolvers, 'imagemap'>,
  path: string,
  unresolved: Unresolved[],
): LineJson {
  switch (message.type) {
    case 'text':
      return {
        type: 'text',
        text: message.text,
        ...(message.emojis && message.emojis.length > 0
          ? {
              emojis: message.emojis.map((e) => ({
                index: e.index,
                productId: e.productId,
                emojiId: e.emojiId,
              })),
            }
          : {}),
      };
    case 'image':
    case 'video':
    case 'sticker':
      return mediaMessageJson(message);
    case 'imagemap': {
      const document = resolvers.imagemap(message.projectId);
      if (!document) {
        unresolved.push({ kind: 'imagemap', id: message.projectId, path });
        return { type: 'imagemap' };
      }
      const built = imagemapMessage(document, message.baseUrl);
      return { ...built, altText: message.altText ?? built.altText };
    }
    case 'flex':
      return { type: 'flex', altText: message.altText, contents: message.contents };
    default:
      return assertNever(message, 'lineMessage');
  }
}

function lineMessages(
  messages: readonly CampaignMessage[],
  resolvers: LineResolvers,
  path: string,
  unresolved: Unresolved[],
): LineJson[] {
  return messages.map((m, i) => lineMessage(m, resolvers, `${path}[${String(i)}]`, unresolved));
}

function lineLimit(limit: SendLimit | null, max?: number): LineJson | undefined {
  const value: Record<string, unknown> = {};
  const cap = max ?? limit?.max;
  if (cap !== undefined) value.max = cap;
  if (limit?.upToRemainingQuota) value.upToRemainingQuota = true;
  if (limit?.forbidPartialDelivery) value.forbidPartialDelivery = true;
  return Object.keys(value).length ? value : undefined;
}

function narrowcastBody(
  draft: CampaignDraft,
  messages: readonly LineJson[],
  recipient: LineJson | undefined,
  limit: LineJson | undefined,
): LineJson {
  return {
    messages,
    ...(recipient ? { recipient } : {}),
    ...(draft.filter ? { filter: { demographic: draft.filter.demographic } } : {}),
    ...(limit ? { limit } : {}),
    notificationDisabled: draft.notificationDisabled,
  };
}

const done = (sends: LineSend[], unresolved: Unresolved[]): LineMapping =>
  unresolved.length ? { ok: false, unresolved } : { ok: true, sends };

export const multicastChunk = messageLimits.multicastRecipientsMax;

/**
 * The requests of a campaign. An A/B test gives its variants (narrowcasts, each `limit.max` its share
 * of `abTestTarget` recipients); its winner is abTestWinnerSend once the test is decided.
 */
export function lineSends(draft: CampaignDraft, resolvers: LineResolvers, abTestTarget = 0): LineMapping {
  const unresolved: Unresolved[] = [];
  const recipient = draft.recipient ? lineRecipient(draft.recipient, resolvers, unresolved) : undefined;
  if (draft.abTest) {
    const sends: LineSend[] = draft.abTest.variants.map((variant, i) => ({
      operation: 'narrowcast',
      body: narrowcastBody(
        draft,
        lineMessages(variant.messages, resolvers, `abTest.variants[${String(i)}].messages`, unresolved),
        recipient,
        lineLimit(draft.limit, Math.max(1, Math.round(variant.share * abTestTarget))),
      ),
    }));
    return done(sends, unresolved);
  }
  const messages = lineMessages(draft.messages, resolvers, 'messages', unresolved);
  switch (draft.sendKind) {
    case 'broadcast':
      return done(
        [{ operation: 'broadcast', body: { messages, notificationDisabled: draft.notificationDisabled } }],
        unresolved,
      );
    case 'narrowcast':
      return done(
        [
          {
            operation: 'narrowcast',
            body: narrowcastBody(draft, messages, recipient, lineLimit(draft.limit)),
          },
        ],
        unresolved,
      );
    case 'multicast': {
      const sends: LineSend[] = [];
      for (let i = 0; i < draft.to.length; i += multicastChunk) {
        sends.push({
          operation: 'multicast',
          body: {
            to: draft.to.slice(i, i + multicastChunk),
            messages,
            notificationDisabled: draft.notificationDisabled,
          },
        });
      }
      return done(sends, unresolved);
    }
    case 'push':
      return done(
        [
          {
            operation: 'pushMessage',
            body: { to: draft.to[0] ?? '', messages, notificationDisabled: draft.notificationDisabled },
          },
        ],
        unresolved,
      );
    default:
      return assertNever(draft.sendKind, 'lineSends');
  }
}

/**
 * The winner of an A/B test: variant `winner`'s bubbles to the campaign's target minus everyone the
 * variants reached (NOT redelivery of each variant's request), with what is left of `limit.max`.
 */
export function abTestWinnerSend(
  draft: CampaignDraft,
  winner: number,
  variants: readonly { readonly requestId: string; readonly recipients: number }[],
  resolvers: LineResolvers,
): LineMapping {
  const abTest = draft.abTest;
  const chosen = abTest?.variants[winner];
  if (!abTest || !chosen) throw new Error(`abTestWinnerSend: no variant ${variantLetter(winner)} to send`);
  const unresolved: Unresolved[] = [];
  const exclude: LineJson = {
    type: 'operator',
    not: { type: 'operator', or: variants.map((v) => ({ type: 'redelivery', requestId: v.requestId })) },
  };
  const recipient = draft.recipient
    ? { type: 'operator', and: [lineRecipient(draft.recipient, resolvers, unresolved), exclude] }
    : exclude;
  const sent = variants.reduce((n, v) => n + v.recipients, 0);
  const limit = lineLimit(
    draft.limit,
    draft.limit?.max === undefined ? undefined : Math.max(1, draft.limit.max - sent),
  );
  const messages = lineMessages(
    chosen.messages,
    resolvers,
    `abTest.variants[${String(winner)}].messages`,
    unresolved,
  );
  return done(
    [{ operation: 'narrowcast', body: narrowcastBody(draft, messages, recipient, limit) }],
    unresolved,
  );
}
