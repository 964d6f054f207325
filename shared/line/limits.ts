// LINE's documented limits and rate limits as data (docs/line-platform.md §1–§8). The OpenAPI documents
// omit most of these; the sandbox enforces them and the app can check drafts against them.

/**
 * LINE hides figures about fewer than this many users, for privacy: the audienceCount of click and
 * impression audiences (0), message-event and per-unit statistics (null), friends' demographics
 * (not available) and daily delivery counts (docs §3, §6).
 */
export const privacyThreshold = 20;

export const messageLimits = {
  messagesPerRequest: { min: 1, max: 5 },
  textMaxUtf16: 5000,
  emojisPerText: 20,
  quickReplyItems: 13,
  senderNameMax: 20,
  senderIconUrlMax: 2000,
  multicastRecipientsMax: 500,
  customAggregationUnitsMax: 1,
  substitutionMax: 100,
  textV2MentionsMax: 20,
} as const;

export const imagemapLimits = {
  baseUrlMax: 2000,
  altTextMax: 1500,
  baseWidth: 1040,
  actionsMax: 50,
  uriMax: 1000,
  messageTextMax: 400,
  clipboardTextMax: 1000,
  labelMax: 100,
  videoUrlMax: 2000,
  externalLinkLabelMax: 30,
} as const;

export const richMenuLimits = {
  widthMin: 800,
  widthMax: 2500,
  heightMin: 250,
  minAspectRatio: 1.45,
  nameMax: 300,
  chatBarTextMax: 14,
  areasMax: 20,
  actionLabelMax: 20,
  switchDataMax: 300,
  aliasIdMax: 32,
  imageMaxBytes: 1024 * 1024,
  imageContentTypes: ['image/jpeg', 'image/png'],
  menusPerChannel: 1000,
  aliasesPerChannel: 1000,
  bulkUserIdsMax: 500,
  batchOperationsMax: 1000,
} as const;

export const audienceLimits = {
  audiencesPerChannel: 1000,
  descriptionMax: 120,
  uploadDescriptionMax: 300,
  idsPerJsonRequest: 10_000,
  idsPerFile: 1_500_000,
  retargetingMinUsers: 50,
  clickUrlMax: 2000,
  retentionSeconds: 15_552_000,
  retargetingSourceMaxAgeSeconds: 5_184_000,
  concurrentJobsPerAudience: 10,
  jobsShown: 50,
  listPageSizeDefault: 20,
  listPageSizeMax: 40,
} as const;

export const narrowcastLimits = {
  recipientObjectsMax: 10,
  demographicObjectsMax: 10,
  attributeFilterMinTargetReach: 100,
  minRecipients: 50,
  /** With more than one audience, each must reach this (except the account's own upload and chat-tag ones). */
  combinedAudienceMinMembers: 50,
  progressRetentionMs: 14 * 24 * 3600_000,
  redeliveryMaxAgeMs: 14 * 24 * 3600_000,
} as const;

export const requestLimits = {
  /** LINE answers 413 above this for JSON bodies. */
  jsonBodyMaxBytes: 2 * 1024 * 1024,
  retryKeyWindowMs: 24 * 3600_000,
} as const;

export const ageBuckets = [
  'age_15',
  'age_20',
  'age_25',
  'age_30',
  'age_35',
  'age_40',
  'age_45',
  'age_50',
  'age_55',
  'age_60',
  'age_65',
  'age_70',
] as const;
export type AgeBucket = (typeof ageBuckets)[number];

export const subscriptionPeriodBuckets = ['day_7', 'day_30', 'day_90', 'day_180', 'day_365'] as const;
export type SubscriptionPeriodBucket = (typeof subscriptionPeriodBuckets)[number];

const pad = (n: number) => String(n).padStart(2, '0');
/** Area codes narrowcast filters accept (Docs list JP, TW and TH; the Spec adds Indonesia). */
export const areaCodes: readonly string[] = [
  ...Array.from({ length: 47 }, (_, i) => `jp_${pad(i + 1)}`),
  ...Array.from({ length: 22 }, (_, i) => `tw_${pad(i + 1)}`),
  ...Array.from({ length: 8 }, (_, i) => `th_${pad(i + 1)}`),
  ...Array.from({ length: 12 }, (_, i) => `id_${pad(i + 1)}`),
];

export interface RateLimit {
  readonly limit: number;
  readonly windowMs: number;
}

const perSecond = (limit: number): RateLimit => ({ limit, windowMs: 1000 });
const perMinute = (limit: number): RateLimit => ({ limit, windowMs: 60_000 });
const perHour = (limit: number): RateLimit => ({ limit, windowMs: 3600_000 });

/** The default for endpoints not listed in `rateLimitsByOperation`. */
export const defaultRateLimit: RateLimit = perSecond(2000);

/** Per channel and endpoint, token bucket (docs §8), keyed by OpenAPI operationId. */
export const rateLimitsByOperation: Readonly<Record<string, RateLimit>> = {
  narrowcast: perHour(60),
  broadcast: perHour(60),
  getNumberOfMessageDeliveries: perHour(60),
  getNumberOfFollowers: perHour(60),
  getFriendsDemographics: perHour(60),
  getMessageEvent: perHour(60),
  getStatisticsPerUnit: perHour(60),
  getRichMenuInsightSummary: perHour(60),
  getRichMenuInsightDaily: perHour(60),
  testWebhookEndpoint: perHour(60),
  createAudienceGroup: perMinute(60),
  addAudienceToAudienceGroup: perMinute(60),
  createAudienceForUploadingUserIds: perMinute(60),
  addUserIdsToAudience: perMinute(60),
  createClickBasedAudienceGroup: perMinute(60),
  createImpBasedAudienceGroup: perMinute(60),
  updateAudienceGroupDescription: perMinute(60),
  deleteAudienceGroup: perMinute(60),
  getAudienceData: perMinute(60),
  getAudienceGroups: perMinute(60),
  getSharedAudienceData: perMinute(60),
  getSharedAudienceGroups: perMinute(60),
  getWebhookEndpoint: perMinute(1000),
  setWebhookEndpoint: perMinute(1000),
  createRichMenu: perHour(100),
  deleteRichMenu: perHour(100),
  deleteRichMenuAlias: perHour(100),
  getRichMenuBatchProgress: perHour(100),
  richMenuBatch: perHour(3),
  getRichMenuList: perSecond(10),
  multicast: perSecond(200),
};

export function rateLimitFor(operationId: string): RateLimit {
  return rateLimitsByOperation[operationId] ?? defaultRateLimit;
}

/** The only endpoints that accept `X-Line-Retry-Key` (any other answers 400). */
export const retryKeyOperations: ReadonlySet<string> = new Set([
  'pushMessage',
  'multicast',
  'narrowcast',
  'broadcast',
]);

// ---- Campaigns: message objects, Flex, OA Manager's broadcast rules (docs §4, §6, §7; the seed) --

export const mediaMessageLimits = {
  /** originalContentUrl / previewImageUrl of image and video messages: HTTPS, at most 2,000. */
  urlMax: 2000,
  /** Image messages: JPEG or PNG (original ≤ 10 MB, preview ≤ 1 MB). */
  imageExtensions: ['jpg', 'jpeg', 'png'],
  /** Video messages: an mp4 with a JPEG or PNG preview. */
  videoExtensions: ['mp4'],
  /** `trackingId` of a video message. */
  videoTrackingIdMax: 100,
} as const;

export const flexLimits = {
  altTextMax: 1500,
  /** A carousel holds at most 12 bubbles. */
  carouselBubblesMax: 12,
  /** JSON that defines one bubble / one carousel. */
  bubbleJsonMaxBytes: 30 * 1024,
  carouselJsonMaxBytes: 50 * 1024,
} as const;

/** Broadcast rules of LINE Official Account Manager, as the seed states them. */
export const broadcastRules = {
  /** 依屬性篩選傳送對象時，人數請設定為50人以上: limit.max with an attribute filter. */
  attributeFilterLimitMin: 50,
  /** 目標好友數須在5,000人以上才可進行A/B測試. */
  abTestMinTargetFriends: 5000,
  abTestVariantsMin: 2,
  abTestVariantsMax: 4,
  /** Attribute (demographic) data is up to this many days old. */
  attributeDataMaxAgeDays: 3,
} as const;

/** Message event statistics (opens, clicks) are updated for 14 days after the send. */
export const insightLimits = {
  statisticsWindowMs: 14 * 24 * 3600_000,
} as const;
