// What the campaign rules report: a finding is a stable code, a severity, the JSON path inside the
// campaign it is about (as LINE and the campaign file name it: `messages[0].text`, `recipient.and[1]`,
// `limit.max`) and the values its sentence needs. The sentence and the fix are catalogue entries
// (`campaigns.rules.<code>.problem` / `.fix`), so UI, main and the CLI word them the same way.

import type { MessageKey } from '../i18n/catalog';
import type { LocalizedText, TextParams } from '../i18n/text';

export const campaignRuleCodes = [
  // messages
  'messages-missing',
  'messages-too-many',
  'messages-beside-ab-test',
  'text-empty',
  'text-too-long',
  'emoji-too-many',
  'emoji-not-on-placeholder',
  'emoji-duplicate-index',
  'emoji-id-missing',
  'device-dependent-character',
  'url-not-https',
  'url-too-long',
  'url-not-a-url',
  'url-wrong-format',
  'video-tracking-id',
  'sticker-id',
  'imagemap-project-missing',
  'imagemap-project-not-imagemap',
  'imagemap-project-trashed',
  'imagemap-project-errors',
  'imagemap-base-url-missing',
  'imagemap-base-url-extension',
  'imagemap-base-url-trailing-slash',
  'alt-text-missing',
  'alt-text-too-long',
  'flex-property-missing',
  'flex-wrong-type',
  'flex-value-not-allowed',
  'flex-invalid',
  'flex-bubble-count',
  'flex-too-large',
  // send kind
  'field-not-for-kind',
  // recipients
  'recipient-empty-group',
  'recipient-too-many-operands',
  'audience-unknown',
  'audience-failed',
  'audience-expired',
  'audience-expires-before-send',
  'audience-not-ready',
  'audience-ids-mixed',
  'audience-below-minimum',
  'retargeting-source-missing',
  'retargeting-source-not-sent',
  'retargeting-source-too-old',
  'retargeting-likely-small',
  'redelivery-unknown',
  'redelivery-not-narrowcast',
  'redelivery-not-sent',
  'redelivery-too-old',
  'redelivery-likely-small',
  'recipients-below-minimum',
  // demographic filter
  'filter-needs-target-reach',
  'filter-too-many-objects',
  'filter-empty-group',
  'filter-no-values',
  'filter-range-missing',
  'filter-range-order',
  'filter-unknown-value',
  'filter-shares-unknown',
  // limit
  'limit-max-invalid',
  'limit-max-below-minimum',
  'forbid-partial-without-quota',
  // multicast and push
  'user-ids-missing',
  'user-ids-too-many',
  'push-needs-one',
  'user-id-invalid',
  'user-id-duplicate',
  // identity and time
  'title-empty',
  'title-too-long',
  'key-empty',
  'key-too-long',
  'key-taken',
  'send-time-past',
  'friends-unknown',
  // A/B test
  'ab-too-few-friends',
  'ab-variant-count',
  'ab-share-invalid',
  'ab-shares-sum',
  'ab-decide-window',
  'ab-variant-small',
  'ab-winner-operands',
] as const;

export type CampaignRuleCode = (typeof campaignRuleCodes)[number];

export type FindingSeverity = 'error' | 'warning';

export interface CampaignFinding {
  readonly code: CampaignRuleCode;
  readonly severity: FindingSeverity;
  /** Where in the campaign, in LINE's (and the campaign file's) naming; '' for the whole campaign. */
  readonly path: string;
  /** Values of the sentence's placeholders; nested sentences (a dimension's name…) allowed. */
  readonly params: TextParams;
  /** Catalogue key of the sentence that says how to fix it. */
  readonly fix: MessageKey;
}

export function finding(
  code: CampaignRuleCode,
  severity: FindingSeverity,
  path: string,
  params: TextParams = {},
): CampaignFinding {
  return { code, severity, path, params, fix: `campaigns.rules.${code}.fix` as MessageKey };
}

/** `a.b` + `c` → `a.b.c`; `a` + `[2]` → `a[2]`; '' + `c` → `c`. */
export function joinPath(base: string, child: string): string {
  if (base === '') return child;
  if (child === '') return base;
  return child.startsWith('[') ? `${base}${child}` : `${base}.${child}`;
}

/** The finding as a sentence (not yet in any language). */
export function findingText(f: CampaignFinding): LocalizedText {
  return { key: `campaigns.rules.${f.code}.problem` as MessageKey, params: f.params };
}

/** What to do about it, as a sentence. */
export function findingFixText(f: CampaignFinding): LocalizedText {
  return { key: f.fix, params: f.params };
}

/** "path: problem Fix: …" as one sentence, for lists of refusals (errors, the CLI). */
export function findingLine(f: CampaignFinding, pathPrefix = ''): LocalizedText {
  return {
    key: 'campaigns.problemLine',
    params: {
      path: joinPath(pathPrefix, f.path) || '—',
      problem: findingText(f),
      fix: findingFixText(f),
    },
  };
}

export const errorsOf = (findings: readonly CampaignFinding[]): CampaignFinding[] =>
  findings.filter((f) => f.severity === 'error');

/** A campaign with any error can be saved as a draft but cannot become ready (or scheduled). */
export function canBeReady(findings: readonly CampaignFinding[]): boolean {
  return !findings.some((f) => f.severity === 'error');
}
