// LINE's audience limits (docs/line-platform.md §3–4 and the seed), plus the local limits this app
// states for imports. UI (live validation) and main (refusal) both read them from here; LINE's own
// numbers are defined once in shared/line/limits and named here for the audiences feature.

import { audienceLimits, narrowcastLimits } from '../line/limits';

export const dayMs = 24 * 60 * 60 * 1000;
const secondsPerDay = dayMs / 1000;

/** `description` of an audience group: at most 120 characters, not blank, no control characters. */
export const audienceNameMaxLength = audienceLimits.descriptionMax;
/** AUDIENCE_GROUP_COUNT_MAX_OVER: audiences per channel. */
export const maxAudiencesPerChannel = audienceLimits.audiencesPerChannel;
/** IDs LINE takes in one file upload; larger audiences are split into uploads of this size at sync. */
export const maxIdsPerLineUpload = audienceLimits.idsPerFile;
/** Upload, click and impression audiences expire 180 days after creation on LINE. */
export const audienceRetentionDays = audienceLimits.retentionSeconds / secondsPerDay;
/** Click and impression retargeting need a broadcast or narrowcast sent within 60 days. */
export const retargetingWindowDays = audienceLimits.retargetingSourceMaxAgeSeconds / secondsPerDay;
/** Click and impression audiences under 50 members stay IN_PROGRESS / FAIL on LINE. */
export const retargetingMinMembers = audienceLimits.retargetingMinUsers;
/** With more than one audience in a narrowcast, each must reach 50 (except own upload/chat-tag ones). */
export const combinedAudienceMinMembers = narrowcastLimits.combinedAudienceMinMembers;
/** A narrowcast with audiences must end up with at least 50 recipients. */
export const narrowcastMinRecipients = narrowcastLimits.minRecipients;
/** Audience and redelivery objects in one narrowcast recipient expression. */
export const maxRecipientOperands = narrowcastLimits.recipientObjectsMax;
/** A redelivery operand must be a narrowcast accepted less than 14 days (336 h) ago. */
export const redeliveryWindowDays = narrowcastLimits.redeliveryMaxAgeMs / dayMs;
/** `clickUrl` of a click retargeting audience. */
export const clickUrlMaxLength = audienceLimits.clickUrlMax;
/** LINE takes hours to process a new audience; plan sends at least this long after creating it. */
export const audienceReadyLeadHours = 24;
/** Chat-tag audiences are synced as upload audiences; plan their refresh this long before expiry. */
export const chatTagRefreshMarginDays = 14;

/** Local limit: import files above this size are refused before reading (stated in README). */
export const maxImportFileBytes = 512 * 1024 * 1024;
/** Local limit: IDs kept in one audience (after duplicates are removed). */
export const maxLocalAudienceMembers = 5_000_000;
/** Invalid rows listed one by one in an import report; the rest are only counted. */
export const reportedInvalidRowsMax = 100;
/** Local limit on a chat tag's name (tags are kept locally; LINE's API cannot create them). */
export const chatTagNameMaxLength = 50;
