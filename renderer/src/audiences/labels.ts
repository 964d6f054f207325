// Maps the domain's codes to catalogue keys, so every code has a translated text and a new code is
// a type error here until it gets one.

import type { ExpressionProblem } from '../../../shared/audiences/algebra';
import type { AudienceKind, AudienceStatus } from '../../../shared/audiences/audience';
import type { InvalidIdReason } from '../../../shared/audiences/ids';
import type { MessageKey } from '../../../shared/i18n/catalog';

export const kindKey: Record<AudienceKind, MessageKey> = {
  upload: 'audiences.kind.upload',
  chatTag: 'audiences.kind.chatTag',
  click: 'audiences.kind.click',
  impression: 'audiences.kind.impression',
  line: 'audiences.kind.line',
};

export const statusKey: Record<AudienceStatus, MessageKey> = {
  local: 'audiences.status.local',
  IN_PROGRESS: 'audiences.status.inProgress',
  READY: 'audiences.status.ready',
  FAILED: 'audiences.status.failed',
  EXPIRED: 'audiences.status.expired',
};

export const invalidReasonKey: Record<InvalidIdReason, MessageKey> = {
  empty: 'audiences.invalidReason.empty',
  'not-an-id': 'audiences.invalidReason.notAnId',
  'user-id-uppercase': 'audiences.invalidReason.userIdUppercase',
  'user-id-length': 'audiences.invalidReason.userIdLength',
  'ifa-format': 'audiences.invalidReason.ifaFormat',
  'non-ascii': 'audiences.invalidReason.nonAscii',
};

export const problemKey: Record<ExpressionProblem['code'], MessageKey> = {
  'empty-operator': 'audiences.problem.emptyOperator',
  'too-many-operands': 'audiences.problem.tooManyOperands',
  'unknown-audience': 'audiences.problem.unknownAudience',
  'unknown-broadcast': 'audiences.problem.unknownBroadcast',
  'audience-failed': 'audiences.problem.audienceFailed',
  'audience-expired': 'audiences.problem.audienceExpired',
  'audience-not-ready': 'audiences.problem.audienceNotReady',
  'audience-below-minimum': 'audiences.problem.audienceBelowMinimum',
  'retargeting-not-sent': 'audiences.problem.retargetingNotSent',
  'retargeting-too-old': 'audiences.problem.retargetingTooOld',
  'redelivery-not-narrowcast': 'audiences.problem.redeliveryNotNarrowcast',
  'redelivery-not-sent': 'audiences.problem.redeliveryNotSent',
  'redelivery-too-old': 'audiences.problem.redeliveryTooOld',
  'result-below-minimum': 'audiences.problem.resultBelowMinimum',
  'id-kinds-never-match': 'audiences.problem.idKindsNeverMatch',
  'count-capped': 'audiences.problem.countCapped',
};

/** t() for keys chosen at run time from the maps above: i18next's typed overloads cannot follow a union of keys. */
export type DynamicT = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;
export const dynamicT = (t: unknown): DynamicT => t as DynamicT;
