// Flex messages: JSON pasted from LINE's Flex Message Simulator (a bubble, a carousel, or a whole flex
// message) checked against LINE's official FlexContainer schema through the validator generated from
// messaging-api.yml, plus the limits the schema leaves out (12 bubbles, 30 / 50 KB of JSON). Every
// finding names its JSON path inside the message (`messages[0].contents.body.contents[1].text`).

import { flexLimits } from '../line/limits';
import { finding, joinPath, type CampaignFinding } from './findings';
import { validateFlexContainer } from './flex-validator.generated';
import { jsonSyntaxError } from './json-syntax';
import type { FlexMessage } from './model';

interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}

const validateContainer = validateFlexContainer as unknown as CompiledValidator;

/** Deeper than this is not a Flex layout; refused before the validator recurses into it. */
const maxFlexDepth = 64;

/** `/body/contents/0/text` → `body.contents[0].text`. */
export function jsonPointerToPath(pointer: string): string {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  }
  return out;
}

function depthOf(root: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[root, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next;
    if (typeof value !== 'object' || value === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > maxFlexDepth) return deepest;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** Bytes of the text in UTF-8, as LINE measures the JSON (no TextEncoder: shared/ has no DOM). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function schemaFinding(error: SchemaError, base: string): CampaignFinding | null {
  const at = jsonPointerToPath(error.instancePath);
  switch (error.keyword) {
    case 'if':
    case 'anyOf':
    case 'oneOf':
      // The branch that failed reports its own errors.
      return null;
    case 'required':
      return finding(
        'flex-property-missing',
        'error',
        joinPath(joinPath(base, at), String(error.params.missingProperty)),
        {
          property: String(error.params.missingProperty),
        },
      );
    case 'type':
      return finding('flex-wrong-type', 'error', joinPath(base, at), {
        expected: String(error.params.type),
      });
    case 'enum':
      return finding('flex-value-not-allowed', 'error', joinPath(base, at), {
        allowed: ((error.params.allowedValues as unknown[] | undefined) ?? []).map(String).join(', '),
      });
    default:
      return finding('flex-invalid', 'error', joinPath(base, at), {
        detail: error.message ?? error.keyword,
      });
  }
}

/** LINE's schema and limits for a flex message's `contents` (a bubble or carousel) at `path`. */
export function checkFlexContents(contents: unknown, path: string): CampaignFinding[] {
  if (depthOf(contents) > maxFlexDepth) {
    return [
      finding('flex-invalid', 'error', path, { detail: `nested more than ${String(maxFlexDepth)} levels` }),
    ];
  }
  const findings: CampaignFinding[] = [];
  if (!validateContainer(contents)) {
    const seen = new Set<string>();
    for (const error of validateContainer.errors ?? []) {
      const f = schemaFinding(error, path);
      if (!f) continue;
      const key = `${f.code}|${f.path}|${JSON.stringify(f.params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
    return findings;
  }
  const container = contents as { type: string; contents?: unknown[] };
  const bytes = utf8Bytes(JSON.stringify(contents));
  if (container.type === 'carousel') {
    const bubbles = container.contents?.length ?? 0;
    if (bubbles < 1 || bubbles > flexLimits.carouselBubblesMax)
      findings.push(
        finding('flex-bubble-count', 'error', joinPath(path, 'contents'), {
          count: bubbles,
          max: flexLimits.carouselBubblesMax,
        }),
      );
    if (bytes > flexLimits.carouselJsonMaxBytes)
      findings.push(
        finding('flex-too-large', 'error', path, { bytes, max: flexLimits.carouselJsonMaxBytes }),
      );
    container.contents?.forEach((bubble, i) => {
      const bubbleBytes = utf8Bytes(JSON.stringify(bubble));
      if (bubbleBytes > flexLimits.bubbleJsonMaxBytes)
        findings.push(
          finding('flex-too-large', 'error', joinPath(path, `contents[${String(i)}]`), {
            bytes: bubbleBytes,
            max: flexLimits.bubbleJsonMaxBytes,
          }),
        );
    });
  } else if (bytes > flexLimits.bubbleJsonMaxBytes) {
    findings.push(finding('flex-too-large', 'error', path, { bytes, max: flexLimits.bubbleJsonMaxBytes }));
  }
  return findings;
}

export type FlexPaste =
  | { readonly ok: true; readonly message: FlexMessage }
  | {
      readonly ok: false;
      /** 1-based line and column of the JSON syntax error. */
      readonly line: number;
      readonly column: number;
      readonly detail: string;
    };

/**
 * What the Flex Message Simulator's "View as JSON" gives (a bubble or carousel) or a whole flex
 * message (`{type: "flex", altText, contents}`), as a flex message. `altText` is used when the paste
 * has none. Only JSON syntax is checked here; checkFlexContents checks the rest.
 */
export function parseFlexPaste(text: string, altText = ''): FlexPaste {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const where = jsonSyntaxError(text);
    return { ok: false, line: where.line, column: where.column, detail };
  }
  if (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'flex') {
    const whole = value as { altText?: unknown; contents?: unknown };
    return {
      ok: true,
      message: {
        type: 'flex',
        altText: typeof whole.altText === 'string' ? whole.altText : altText,
        contents: whole.contents,
      },
    };
  }
  return { ok: true, message: { type: 'flex', altText, contents: value } };
}

/** Bubbles a flex message shows: 1 for a bubble, the carousel's count, 0 for anything else. */
export function flexBubbleCount(contents: unknown): number {
  if (typeof contents !== 'object' || contents === null) return 0;
  const container = contents as { type?: unknown; contents?: unknown };
  if (container.type === 'bubble') return 1;
  if (container.type === 'carousel' && Array.isArray(container.contents)) return container.contents.length;
  return 0;
}
