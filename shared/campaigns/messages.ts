// The bubbles of a campaign checked the way LINE checks them: 1–5 message objects; text length in
// UTF-16 units, LINE emoji on `$` placeholders, device-dependent characters named with their place;
// HTTPS media URLs of the right format; sticker IDs; imagemaps from this channel's editor projects
// with a base URL LINE can fetch; Flex JSON against the official schema.

import type { DocumentKind } from '../editor/document';
import { assertNever } from '../domain/assert';
import { imagemapLimits, mediaMessageLimits, messageLimits, flexLimits } from '../line/limits';
import { finding, joinPath, type CampaignFinding } from './findings';
import { checkFlexContents } from './flex';
import type { CampaignMessage, TextMessage } from './model';
import { deviceDependentCharacters, emojisMax, textMaxUnits } from './text';

/** What the rules need to know of an editor project an imagemap bubble names. */
export interface ImagemapProjectFacts {
  readonly id: number;
  readonly name: string;
  readonly kind: DocumentKind;
  readonly trashed: boolean;
  /** The document's alternative text (used when the bubble sets none). */
  readonly altText: string;
  /** Errors the editor's checks report on the document (it cannot be exported with any). */
  readonly errorCount: number;
}

export interface MessageCheckContext {
  /** This channel's projects; left out, imagemap projects are not checked (nothing known of them). */
  readonly projects?: readonly ImagemapProjectFacts[];
}

export const messagesPerSend = messageLimits.messagesPerRequest;

/** Device-dependent characters named one by one up to this many per text (the next check names the rest). */
const namedCharactersMax = 10;

const httpsUrlPattern = /^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;
const anyUrlPattern = /^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;
const stickerIdPattern = /^\d{1,20}$/;
const trackingIdPattern = /^[A-Za-z0-9\-.=,+*()%$&;:@{}!?<>[\]]+$/;

/** The extension of the URL's last path segment (lowercase, no dot), or null when it has none. */
export function urlExtension(url: string): string | null {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/)[0] ?? '';
  const segment = path.split('/').pop() ?? '';
  const match = /\.([a-z0-9]{1,8})$/i.exec(segment);
  return match?.[1] ? match[1].toLowerCase() : null;
}

function checkMediaUrl(
  url: string,
  path: string,
  formats: readonly string[],
  findings: CampaignFinding[],
): void {
  if (!anyUrlPattern.test(url)) {
    findings.push(finding('url-not-a-url', 'error', path, { url: url.slice(0, 80) }));
    return;
  }
  if (!httpsUrlPattern.test(url))
    findings.push(finding('url-not-https', 'error', path, { url: url.slice(0, 80) }));
  if (url.length > mediaMessageLimits.urlMax)
    findings.push(
      finding('url-too-long', 'error', path, { length: url.length, max: mediaMessageLimits.urlMax }),
    );
  const extension = urlExtension(url);
  if (extension !== null && !formats.includes(extension))
    findings.push(finding('url-wrong-format', 'error', path, { extension, formats: formats.join(', ') }));
}

function checkVisibleText(text: string, path: string, findings: CampaignFinding[]): void {
  const characters = deviceDependentCharacters(text);
  for (const c of characters.slice(0, namedCharactersMax)) {
    findings.push(
      finding('device-dependent-character', 'error', path, {
        character: c.character,
        index: c.index,
        line: c.line,
        column: c.column,
      }),
    );
  }
}

function checkText(message: TextMessage, path: string, findings: CampaignFinding[]): void {
  const textPath = joinPath(path, 'text');
  if (message.text.length === 0) findings.push(finding('text-empty', 'error', textPath));
  if (message.text.length > textMaxUnits)
    findings.push(
      finding('text-too-long', 'error', textPath, { length: message.text.length, max: textMaxUnits }),
    );
  checkVisibleText(message.text, textPath, findings);
  const emojis = message.emojis ?? [];
  if (emojis.length > emojisMax)
    findings.push(
      finding('emoji-too-many', 'error', joinPath(path, 'emojis'), { count: emojis.length, max: emojisMax }),
    );
  const seen = new Map<number, number>();
  emojis.forEach((emoji, i) => {
    const emojiPath = joinPath(path, `emojis[${String(i)}]`);
    if (message.text[emoji.index] !== '$')
      findings.push(
        finding('emoji-not-on-placeholder', 'error', joinPath(emojiPath, 'index'), {
          emoji: i + 1,
          index: emoji.index,
        }),
      );
    const first = seen.get(emoji.index);
    if (first !== undefined)
      findings.push(
        finding('emoji-duplicate-index', 'error', joinPath(emojiPath, 'index'), {
          emoji: i + 1,
          first: first + 1,
          index: emoji.index,
        }),
      );
    else seen.set(emoji.index, i);
    if (emoji.productId.trim() === '' || emoji.emojiId.trim() === '')
      findings.push(finding('emoji-id-missing', 'error', emojiPath, { emoji: i + 1 }));
  });
}

function checkAltText(altText: string, max: number, path: string, findings: CampaignFinding[]): void {
  if (altText.trim() === '') findings.push(finding('alt-text-missing', 'error', path));
  else if (altText.length > max)
    findings.push(finding('alt-text-too-long', 'error', path, { length: altText.length, max }));
  checkVisibleText(altText, path, findings);
}

function checkBaseUrl(baseUrl: string, path: string, findings: CampaignFinding[]): void {
  const url = baseUrl.trim();
  if (url === '') {
    findings.push(finding('imagemap-base-url-missing', 'error', path));
    return;
  }
  if (!anyUrlPattern.test(url))
    findings.push(finding('url-not-a-url', 'error', path, { url: url.slice(0, 80) }));
  else if (!httpsUrlPattern.test(url))
    findings.push(finding('url-not-https', 'error', path, { url: url.slice(0, 80) }));
  if (url.length > imagemapLimits.baseUrlMax)
    findings.push(
      finding('url-too-long', 'error', path, { length: url.length, max: imagemapLimits.baseUrlMax }),
    );
  const extension = urlExtension(url);
  if (extension !== null) findings.push(finding('imagemap-base-url-extension', 'error', path, { extension }));
  else if (url.endsWith('/')) findings.push(finding('imagemap-base-url-trailing-slash', 'error', path));
}

/** Strings shown to the user inside Flex JSON (texts, labels, alt texts), with their paths. */
function flexStrings(value: unknown, path: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => flexStrings(v, `${path}[${String(i)}]`, out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) flexStrings(v, joinPath(path, k), out);
}

/** One message object at `path` (e.g. `messages[0]`). */
export function checkMessage(
  message: CampaignMessage,
  path: string,
  context: MessageCheckContext = {},
): CampaignFinding[] {
  const findings: CampaignFinding[] = [];
  switch (message.type) {
    case 'text':
      checkText(message, path, findings);
      break;
    case 'image':
      checkMediaUrl(
        message.originalContentUrl,
        joinPath(path, 'originalContentUrl'),
        mediaMessageLimits.imageExtensions,
        findings,
      );
      checkMediaUrl(
        message.previewImageUrl,
        joinPath(path, 'previewImageUrl'),
        mediaMessageLimits.imageExtensions,
        findings,
      );
      break;
    case 'video':
      checkMediaUrl(
        message.originalContentUrl,
        joinPath(path, 'originalContentUrl'),
        mediaMessageLimits.videoExtensions,
        findings,
      );
      checkMediaUrl(
        message.previewImageUrl,
        joinPath(path, 'previewImageUrl'),
        mediaMessageLimits.imageExtensions,
        findings,
      );
      if (
        message.trackingId !== undefined &&
        (message.trackingId.length > mediaMessageLimits.videoTrackingIdMax ||
          !trackingIdPattern.test(message.trackingId))
      )
        findings.push(
          finding('video-tracking-id', 'error', joinPath(path, 'trackingId'), {
            max: mediaMessageLimits.videoTrackingIdMax,
          }),
        );
      break;
    case 'sticker':
      for (const field of ['packageId', 'stickerId'] as const) {
        if (!stickerIdPattern.test(message[field]))
          findings.push(
            finding('sticker-id', 'error', joinPath(path, field), { value: message[field].slice(0, 40) }),
          );
      }
      break;
    case 'imagemap': {
      checkBaseUrl(message.baseUrl, joinPath(path, 'baseUrl'), findings);
      const project = context.projects?.find((p) => p.id === message.projectId);
      if (context.projects && !project) {
        findings.push(
          finding('imagemap-project-missing', 'error', joinPath(path, 'project'), { id: message.projectId }),
        );
      } else if (project) {
        const projectPath = joinPath(path, 'project');
        if (project.kind !== 'imagemap')
          findings.push(
            finding('imagemap-project-not-imagemap', 'error', projectPath, { name: project.name }),
          );
        else if (project.trashed)
          findings.push(finding('imagemap-project-trashed', 'error', projectPath, { name: project.name }));
        else if (project.errorCount > 0)
          findings.push(
            finding('imagemap-project-errors', 'error', projectPath, {
              name: project.name,
              count: project.errorCount,
            }),
          );
      }
      if (message.altText !== undefined || project)
        checkAltText(
          message.altText ?? project?.altText ?? '',
          imagemapLimits.altTextMax,
          joinPath(path, 'altText'),
          findings,
        );
      break;
    }
    case 'flex': {
      checkAltText(message.altText, flexLimits.altTextMax, joinPath(path, 'altText'), findings);
      const contentsPath = joinPath(path, 'contents');
      findings.push(...checkFlexContents(message.contents, contentsPath));
      const strings: [string, string][] = [];
      flexStrings(message.contents, contentsPath, strings);
      for (const [at, text] of strings) checkVisibleText(text, at, findings);
      break;
    }
    default:
      return assertNever(message, 'checkMessage');
  }
  return findings;
}

/**
 * The bubbles of one send at `path`: 1 to 5 message objects. With an A/B test the campaign's own
 * list stays empty (`beside` says so) and each variant's list is checked instead.
 */
export function checkMessages(
  messages: readonly CampaignMessage[],
  path: string,
  context: MessageCheckContext = {},
): CampaignFinding[] {
  const findings: CampaignFinding[] = [];
  const { min, max } = messagesPerSend;
  if (messages.length < min) findings.push(finding('messages-missing', 'error', path, { min, max }));
  if (messages.length > max)
    findings.push(finding('messages-too-many', 'error', path, { count: messages.length, max }));
  messages.forEach((message, i) => {
    findings.push(...checkMessage(message, `${path}[${String(i)}]`, context));
  });
  return findings;
}
