// Argument and result types of the audience API methods (declared in shared/api/contract.ts).

import type { MemberIdKind } from './ids';
import type { TagMatch } from './audience';

export type ImportTargetRequest =
  | { readonly mode: 'create'; readonly channelId: number; readonly name: string }
  | { readonly mode: 'append'; readonly audienceId: number };

export interface BeginImportRequest {
  readonly target: ImportTargetRequest;
  readonly fileName: string;
  readonly totalBytes: number;
  /** 1-based column number or header name; automatic when left out. */
  readonly column?: number | string;
}

export interface ChatTagAudienceRequest {
  readonly channelId: number;
  readonly name: string;
  readonly tagIds: readonly number[];
  readonly match: TagMatch;
}

export interface RetargetingAudienceRequest {
  readonly channelId: number;
  readonly name: string;
  readonly kind: 'click' | 'impression';
  readonly broadcastId: number;
  readonly clickUrl: string | null;
  readonly rate: number;
}

export interface ExpressionCountOptions {
  /** Friends the channel can reach, when known: bounds NOT and estimates. */
  readonly targetReach: number | null;
}

/** Raw bytes travel as base64 inside JSON; 4 MiB of file becomes about 5.6 MB of request body. */
export const importChunkBytes = 4 * 1024 * 1024;
export const importChunkBase64Max = Math.ceil(importChunkBytes / 3) * 4;

export type { MemberIdKind };
