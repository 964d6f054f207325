// LINE's documented limits as pure checks over request objects (docs/line-platform.md §1–§7). Each
// returns LINE-style error details (empty when valid), so the sandbox can answer as LINE does and the
// app can lint a draft before it is sent. Shape errors are the OpenAPI schemas' job; these add limits.

import type { LineErrorDetail } from './errors';
import { isUserId, richMenuAliasIdPattern } from './ids';
import {
  ageBuckets,
  areaCodes,
  audienceLimits,
  imagemapLimits,
  messageLimits,
  narrowcastLimits,
  richMenuLimits,
  subscriptionPeriodBuckets,
} from './limits';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

let segmenter: Intl.Segmenter | undefined;
/** Characters as a user sees them (grapheme clusters): how LINE counts labels and rich-menu texts. */
export function graphemeLength(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

const lengthBetween = (min: number, max: number) =>
  `Length must be between ${String(min)} and ${String(max)}`;
const sizeBetween = (min: number, max: number) => `Size must be between ${String(min)} and ${String(max)}`;

function maxLength(
  details: LineErrorDetail[],
  value: unknown,
  max: number,
  property: string,
  graphemes = false,
) {
  const s = str(value);
  if (s === undefined) return;
  const length = graphemes ? graphemeLength(s) : s.length;
  if (length > max) details.push({ message: lengthBetween(0, max), property });
}

/** A user-facing-looking https URL check, loose on purpose: LINE checks more on its side. */
const isHttpsUrl = (value: string) => /^https:\/\/[^\s]+$/i.test(value);
const isLinkUri = (value: string) => /^(https?|line|tel):[^\s]+$/i.test(value);

function checkQuickReplyAndSender(details: LineErrorDetail[], message: Json, path: string) {
  const quickReply = message.quickReply;
  if (
    isObject(quickReply) &&
    Array.isArray(quickReply.items) &&
    quickReply.items.length > messageLimits.quickReplyItems
  ) {
    details.push({
      message: sizeBetween(1, messageLimits.quickReplyItems),
      property: `${path}.quickReply.items`,
    });
  }
  const sender = message.sender;
  if (isObject(sender)) {
    maxLength(details, sender.name, messageLimits.senderNameMax, `${path}.sender.name`);
    maxLength(details, sender.iconUrl, messageLimits.senderIconUrlMax, `${path}.sender.iconUrl`);
  }
}

function checkImagemap(details: LineErrorDetail[], m: Json, path: string) {
  const baseUrl = str(m.baseUrl);
  if (baseUrl !== undefined) {
    if (baseUrl.length > imagemapLimits.baseUrlMax)
      details.push({ message: lengthBetween(0, imagemapLimits.baseUrlMax), property: `${path}.baseUrl` });
    else if (!isHttpsUrl(baseUrl))
      details.push({ message: 'must be a valid HTTPS URL', property: `${path}.baseUrl` });
  }
  maxLength(details, m.altText, imagemapLimits.altTextMax, `${path}.altText`);
  if (isObject(m.baseSize) && m.baseSize.width !== imagemapLimits.baseWidth) {
    details.push({
      message: `must be ${String(imagemapLimits.baseWidth)}`,
      property: `${path}.baseSize.width`,
    });
  }
  if (Array.isArray(m.actions)) {
    if (m.actions.length > imagemapLimits.actionsMax)
      details.push({ message: sizeBetween(1, imagemapLimits.actionsMax), property: `${path}.actions` });
    m.actions.forEach((action, i) => {
      if (!isObject(action)) return;
      const p = `${path}.actions[${String(i)}]`;
      maxLength(details, action.label, imagemapLimits.labelMax, `${p}.label`);
      if (action.type === 'uri') {
        const uri = str(action.linkUri);
        if (uri !== undefined && (uri.length > imagemapLimits.uriMax || !isLinkUri(uri)))
          details.push({ message: 'invalid uri', property: `${p}.linkUri` });
      } else if (action.type === 'message') {
        maxLength(details, action.text, imagemapLimits.messageTextMax, `${p}.text`);
      } else if (action.type === 'clipboard') {
        const text = str(action.clipboardText);
        if (text !== undefined && (text.length < 1 || text.length > imagemapLimits.clipboardTextMax))
          details.push({
            message: lengthBetween(1, imagemapLimits.clipboardTextMax),
            property: `${p}.clipboardText`,
          });
      }
      checkArea(details, action.area, `${p}.area`);
    });
  }
  if (isObject(m.video)) {
    const v = m.video;
    for (const key of ['originalContentUrl', 'previewImageUrl'] as const) {
      const url = str(v[key]);
      if (url !== undefined && (url.length > imagemapLimits.videoUrlMax || !isHttpsUrl(url)))
        details.push({ message: 'must be a valid HTTPS URL', property: `${path}.video.${key}` });
    }
    checkArea(details, v.area, `${path}.video.area`);
    if (isObject(v.externalLink)) {
      maxLength(
        details,
        v.externalLink.label,
        imagemapLimits.externalLinkLabelMax,
        `${path}.video.externalLink.label`,
      );
      const uri = str(v.externalLink.linkUri);
      if (uri !== undefined && (uri.length > imagemapLimits.uriMax || !isLinkUri(uri)))
        details.push({ message: 'invalid uri', property: `${path}.video.externalLink.linkUri` });
    }
  }
}

function checkArea(details: LineErrorDetail[], area: unknown, property: string) {
  if (!isObject(area)) return;
  for (const key of ['x', 'y'] as const) {
    const n = area[key];
    if (typeof n === 'number' && n < 0)
      details.push({ message: 'must be greater than or equal to 0', property: `${property}.${key}` });
  }
  for (const key of ['width', 'height'] as const) {
    const n = area[key];
    if (typeof n === 'number' && n < 1)
      details.push({ message: 'must be greater than or equal to 1', property: `${property}.${key}` });
  }
}

function checkText(details: LineErrorDetail[], m: Json, path: string) {
  const text = str(m.text);
  if (text === undefined) return;
  if (text.length === 0) details.push({ message: 'May not be empty', property: `${path}.text` });
  if (text.length > messageLimits.textMaxUtf16)
    details.push({ message: lengthBetween(0, messageLimits.textMaxUtf16), property: `${path}.text` });
  if (Array.isArray(m.emojis)) {
    if (m.emojis.length > messageLimits.emojisPerText)
      details.push({ message: sizeBetween(0, messageLimits.emojisPerText), property: `${path}.emojis` });
    m.emojis.forEach((emoji, i) => {
      if (!isObject(emoji) || typeof emoji.index !== 'number') return;
      if (text[emoji.index] !== '$')
        details.push({
          message: 'The index does not point to a $ character',
          property: `${path}.emojis[${String(i)}].index`,
        });
    });
  }
}

/** Limits on a list of message objects (1–5 of them) as sent by push, multicast, broadcast, narrowcast. */
export function validateMessages(messages: unknown, path = 'messages'): LineErrorDetail[] {
  const details: LineErrorDetail[] = [];
  if (!Array.isArray(messages)) return details;
  const { min, max } = messageLimits.messagesPerRequest;
  if (messages.length < min || messages.length > max)
    details.push({ message: sizeBetween(min, max), property: path });
  messages.forEach((message, i) => {
    if (!isObject(message)) return;
    const p = `${path}[${String(i)}]`;
    checkQuickReplyAndSender(details, message, p);
    if (message.type === 'text') checkText(details, message, p);
    else if (message.type === 'textV2') {
      maxLength(details, message.text, messageLimits.textMaxUtf16, `${p}.text`);
      if (
        isObject(message.substitution) &&
        Object.keys(message.substitution).length > messageLimits.substitutionMax
      )
        details.push({
          message: sizeBetween(0, messageLimits.substitutionMax),
          property: `${p}.substitution`,
        });
    } else if (message.type === 'imagemap') checkImagemap(details, message, p);
  });
  return details;
}

/** The `to` list of a multicast: user IDs, at most 500. */
export function validateUserIdList(
  to: unknown,
  property = 'to',
  max: number = messageLimits.multicastRecipientsMax,
): LineErrorDetail[] {
  if (!Array.isArray(to)) return [];
  const details: LineErrorDetail[] = [];
  if (to.length < 1 || to.length > max) details.push({ message: sizeBetween(1, max), property });
  to.forEach((id, i) => {
    if (typeof id !== 'string' || !isUserId(id))
      details.push({ message: 'invalid user ID', property: `${property}[${String(i)}]` });
  });
  return details;
}

function checkRichMenuAction(details: LineErrorDetail[], action: unknown, path: string) {
  if (!isObject(action)) return;
  maxLength(details, action.label, richMenuLimits.actionLabelMax, `${path}.label`, true);
  if (action.type === 'richmenuswitch') {
    const alias = str(action.richMenuAliasId);
    if (alias === undefined || !richMenuAliasIdPattern.test(alias))
      details.push({ message: 'invalid rich menu alias ID', property: `${path}.richMenuAliasId` });
    const data = str(action.data);
    if (data === undefined) details.push({ message: 'must be specified', property: `${path}.data` });
    else maxLength(details, data, richMenuLimits.switchDataMax, `${path}.data`);
  }
  if (action.type === 'uri') {
    const uri = str(action.uri);
    if (uri === undefined) details.push({ message: 'must be specified', property: `${path}.uri` });
    else if (uri.length > imagemapLimits.uriMax || !isLinkUri(uri))
      details.push({ message: 'invalid uri', property: `${path}.uri` });
  }
  if (action.type === 'message' && str(action.text) === undefined)
    details.push({ message: 'must be specified', property: `${path}.text` });
  if (action.type === 'postback' && str(action.data) === undefined)
    details.push({ message: 'must be specified', property: `${path}.data` });
}

/** A rich menu object (POST /v2/bot/richmenu and /validate): size, aspect, texts, areas, actions. */
export function validateRichMenu(menu: unknown): LineErrorDetail[] {
  const details: LineErrorDetail[] = [];
  if (!isObject(menu)) return [{ message: 'must be specified', property: 'richMenu' }];
  for (const key of ['size', 'selected', 'name', 'chatBarText', 'areas'] as const) {
    if (menu[key] === undefined) details.push({ message: 'must be specified', property: key });
  }
  const size = menu.size;
  if (isObject(size) && typeof size.width === 'number' && typeof size.height === 'number') {
    if (size.width < richMenuLimits.widthMin || size.width > richMenuLimits.widthMax)
      details.push({
        message: `must be between ${String(richMenuLimits.widthMin)} and ${String(richMenuLimits.widthMax)}`,
        property: 'size.width',
      });
    if (size.height < richMenuLimits.heightMin)
      details.push({
        message: `must be greater than or equal to ${String(richMenuLimits.heightMin)}`,
        property: 'size.height',
      });
    else if (size.width / size.height < richMenuLimits.minAspectRatio)
      details.push({
        message: `aspect ratio (width / height) must be at least ${String(richMenuLimits.minAspectRatio)}`,
        property: 'size',
      });
  }
  maxLength(details, menu.name, richMenuLimits.nameMax, 'name', true);
  maxLength(details, menu.chatBarText, richMenuLimits.chatBarTextMax, 'chatBarText', true);
  if (Array.isArray(menu.areas)) {
    if (menu.areas.length > richMenuLimits.areasMax)
      details.push({ message: sizeBetween(0, richMenuLimits.areasMax), property: 'areas' });
    menu.areas.forEach((area, i) => {
      if (!isObject(area)) return;
      const p = `areas[${String(i)}]`;
      if (!isObject(area.bounds)) details.push({ message: 'must be specified', property: `${p}.bounds` });
      else {
        checkArea(details, area.bounds, `${p}.bounds`);
        const b = area.bounds;
        if (
          isObject(size) &&
          typeof b.x === 'number' &&
          typeof b.width === 'number' &&
          typeof size.width === 'number' &&
          b.x + b.width > size.width
        )
          details.push({ message: 'the area is out of the rich menu', property: `${p}.bounds` });
        else if (
          isObject(size) &&
          typeof b.y === 'number' &&
          typeof b.height === 'number' &&
          typeof size.height === 'number' &&
          b.y + b.height > size.height
        )
          details.push({ message: 'the area is out of the rich menu', property: `${p}.bounds` });
      }
      if (!isObject(area.action)) details.push({ message: 'must be specified', property: `${p}.action` });
      else checkRichMenuAction(details, area.action, `${p}.action`);
    });
  }
  return details;
}

export interface RecipientCounts {
  /** audience + redelivery objects (at most 10 together). */
  readonly operands: number;
  readonly audienceIds: readonly number[];
  readonly redeliveryRequestIds: readonly string[];
}

function walkRecipient(
  node: unknown,
  path: string,
  details: LineErrorDetail[],
  counts: { audienceIds: number[]; redeliveryRequestIds: string[] },
) {
  if (!isObject(node)) return;
  switch (node.type) {
    case 'audience':
      if (typeof node.audienceGroupId !== 'number')
        details.push({ message: 'must be specified', property: `${path}.audienceGroupId` });
      else counts.audienceIds.push(node.audienceGroupId);
      return;
    case 'redelivery':
      if (typeof node.requestId !== 'string')
        details.push({ message: 'must be specified', property: `${path}.requestId` });
      else counts.redeliveryRequestIds.push(node.requestId);
      return;
    case 'operator':
      checkOperator(node, path, details, (child, p) => walkRecipient(child, p, details, counts));
      return;
    default:
      return;
  }
}

function checkOperator(
  node: Json,
  path: string,
  details: LineErrorDetail[],
  visit: (child: unknown, path: string) => void,
) {
  const present = (['and', 'or', 'not'] as const).filter((k) => node[k] !== undefined);
  if (present.length !== 1) {
    details.push({ message: 'exactly one of and, or, not must be specified', property: path });
    return;
  }
  const key = present[0] as 'and' | 'or' | 'not';
  const value = node[key];
  if (key === 'not') visit(value, `${path}.not`);
  else if (Array.isArray(value)) {
    if (value.length === 0) details.push({ message: 'May not be empty', property: `${path}.${key}` });
    value.forEach((child, i) => visit(child, `${path}.${key}[${String(i)}]`));
  }
}

const ageIndex = (v: unknown) => ageBuckets.indexOf(v as (typeof ageBuckets)[number]);
const periodIndex = (v: unknown) =>
  subscriptionPeriodBuckets.indexOf(v as (typeof subscriptionPeriodBuckets)[number]);

function walkDemographic(node: unknown, path: string, details: LineErrorDetail[], count: { n: number }) {
  if (!isObject(node)) return;
  if (node.type === 'operator') {
    checkOperator(node, path, details, (child, p) => walkDemographic(child, p, details, count));
    return;
  }
  count.n++;
  if (node.type === 'age' || node.type === 'subscriptionPeriod') {
    const index = node.type === 'age' ? ageIndex : periodIndex;
    if (node.gte === undefined && node.lt === undefined)
      details.push({ message: 'gte or lt must be specified', property: path });
    if (node.gte !== undefined && node.lt !== undefined && index(node.gte) >= index(node.lt))
      details.push({ message: 'gte must be less than lt', property: path });
  }
  if (node.type === 'gender' || node.type === 'appType' || node.type === 'area') {
    if (!Array.isArray(node.oneOf) || node.oneOf.length === 0)
      details.push({ message: 'May not be empty', property: `${path}.oneOf` });
    else if (node.type === 'area')
      node.oneOf.forEach((code, i) => {
        if (!areaCodes.includes(String(code)))
          details.push({ message: 'invalid area code', property: `${path}.oneOf[${String(i)}]` });
      });
  }
}

/** Narrowcast-specific rules: operator shape, at most 10 audience/redelivery and 10 demographic objects, limit options. */
export function validateNarrowcast(request: unknown): {
  details: LineErrorDetail[];
  recipients: RecipientCounts;
  demographicFilters: number;
} {
  const details: LineErrorDetail[] = [];
  const counts = { audienceIds: [] as number[], redeliveryRequestIds: [] as string[] };
  const demographic = { n: 0 };
  if (isObject(request)) {
    details.push(...validateMessages(request.messages));
    walkRecipient(request.recipient, 'recipient', details, counts);
    const operands = counts.audienceIds.length + counts.redeliveryRequestIds.length;
    if (operands > narrowcastLimits.recipientObjectsMax)
      details.push({
        message: `up to ${String(narrowcastLimits.recipientObjectsMax)} audience and redelivery objects`,
        property: 'recipient',
      });
    if (isObject(request.filter))
      walkDemographic(request.filter.demographic, 'filter.demographic', details, demographic);
    if (demographic.n > narrowcastLimits.demographicObjectsMax)
      details.push({
        message: `up to ${String(narrowcastLimits.demographicObjectsMax)} demographic filter objects`,
        property: 'filter.demographic',
      });
    if (
      isObject(request.limit) &&
      request.limit.forbidPartialDelivery === true &&
      request.limit.upToRemainingQuota !== true
    )
      details.push({
        message: 'forbidPartialDelivery can be true only when upToRemainingQuota is true',
        property: 'limit.forbidPartialDelivery',
      });
  }
  return {
    details,
    recipients: { operands: counts.audienceIds.length + counts.redeliveryRequestIds.length, ...counts },
    demographicFilters: demographic.n,
  };
}

/** An audience name: not blank, no control characters, at most 120 characters. Null when valid. */
export function audienceDescriptionError(
  description: unknown,
): 'AUDIENCE_GROUP_NAME_EMPTY' | 'AUDIENCE_GROUP_NAME_SIZE_OVER' | 'AUDIENCE_GROUP_NAME_WRONG' | null {
  if (typeof description !== 'string' || description.trim() === '') return 'AUDIENCE_GROUP_NAME_EMPTY';
  if (description.length > audienceLimits.descriptionMax) return 'AUDIENCE_GROUP_NAME_SIZE_OVER';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(description)) return 'AUDIENCE_GROUP_NAME_WRONG';
  return null;
}

export function uploadDescriptionError(value: unknown): 'AUDIENCE_GROUP_UPLOAD_DESCRIPTION_SIZE_OVER' | null {
  return typeof value === 'string' && value.length > audienceLimits.uploadDescriptionMax
    ? 'AUDIENCE_GROUP_UPLOAD_DESCRIPTION_SIZE_OVER'
    : null;
}
