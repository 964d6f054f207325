// LINE's error body and the fixed `message` strings its Messaging API answers with, as documented
// (docs/line-platform.md §8). Used by the sandbox to answer like LINE and by the app to recognise answers.

import { richMenuLimits } from './limits';

/** One problem in a request: `property` is a path such as `messages[0].text`. */
export interface LineErrorDetail {
  readonly message: string;
  readonly property?: string;
}

export interface LineSentMessage {
  readonly id: string;
  readonly quoteToken?: string;
}

/** LINE's error response: `details` is omitted when empty; `sentMessages` only on a push 409. */
export interface LineErrorBody {
  readonly message: string;
  readonly details?: readonly LineErrorDetail[];
  readonly sentMessages?: readonly LineSentMessage[];
}

export const lineErrorMessages = {
  notFound: 'Not found',
  invalidToken:
    'Authentication failed due to the following reason: invalid token. Confirm that the access token in the authorization header is valid.',
  noToken:
    'Authentication failed due to the following reason: no token. Confirm that the access token in the authorization header is valid.',
  rateLimited: 'The API rate limit has been exceeded. Try again later.',
  monthlyLimit: 'You have reached your monthly limit.',
  retryKeyAccepted: 'The retry key is already accepted',
  retryKeyInvalid: 'The value of X-Line-Retry-Key header is invalid',
  retryKeyNotSupported: 'X-Line-Retry-Key header is not supported by this API',
  requestTooLarge: 'Request Entity Too Large',
  notEnoughFriends: 'Your account does not have enough friends to use attribute filters',
  notAvailable: 'Access to this API is not available for your account',
  failedToSend: 'Failed to send messages',
  internalError: 'An internal server error occurred. Retry the request.',
  tooManyConcurrentJobs: 'Too many concurrent operations on this audience',
  imageAlreadySet: 'An image has already been uploaded to the richmenu',
  imageNotSet: 'must upload richmenu image before applying it to user',
  richMenuLimit: `The number of rich menus has reached the upper limit (${String(richMenuLimits.menusPerChannel)})`,
  aliasLimit: `The number of rich menu aliases has reached the upper limit (${String(richMenuLimits.aliasesPerChannel)})`,
  aliasConflict: 'conflict richmenu alias id',
} as const;

export const requestBodyErrors = (count: number): string => `The request body has ${String(count)} error(s)`;

export const unsupportedContentType = (contentType: string): string =>
  `The content type, ${contentType || '(none)'}, is not supported`;

export const unparsableJson = (reason: string): string =>
  `The request body could not be parsed as JSON: ${reason}`;

export const invalidProperty = (property: string): string =>
  `The property, ${property}, in the request body is invalid (line: -, column: -)`;

/** Narrowcast progress `errorCode` values (docs §4). */
export const narrowcastErrorCodes = {
  internal: 1,
  notEnoughRecipients: 2,
  conflict: 3,
  audienceTooSmall: 4,
  partialDeliveryForbidden: 5,
} as const;

export type NarrowcastErrorCode = (typeof narrowcastErrorCodes)[keyof typeof narrowcastErrorCodes];

/** `details[].message` codes of the audience endpoints (docs §3). */
export type AudienceErrorCode =
  | 'AUDIENCE_GROUP_CAN_NOT_UPLOAD_STATUS_EXPIRED'
  | 'AUDIENCE_GROUP_COUNT_MAX_OVER'
  | 'AUDIENCE_GROUP_NAME_SIZE_OVER'
  | 'AUDIENCE_GROUP_NAME_WRONG'
  | 'AUDIENCE_GROUP_NAME_EMPTY'
  | 'AUDIENCE_GROUP_NOT_FOUND'
  | 'AUDIENCE_GROUP_REQUESTID_DUPLICATE'
  | 'AUDIENCE_GROUP_UPLOAD_DESCRIPTION_SIZE_OVER'
  | 'REQUEST_NOT_FOUND'
  | 'TOO_OLD_MESSAGES'
  | 'UPLOAD_AUDIENCE_GROUP_INVALID_AUDIENCE_ID_FORMAT'
  | 'UPLOAD_AUDIENCE_GROUP_NO_VALID_AUDIENCE_IDS'
  | 'UPLOAD_AUDIENCE_GROUP_TOO_MANY_AUDIENCE_IDS'
  | 'WRONG_BOT_ID'
  | 'ALREADY_ACTIVE';
