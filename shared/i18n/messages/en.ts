// English UI strings: the source catalogue every other locale must match key for key.

/**
 * The campaigns' texts are typed as records rather than literal objects: most are looked up by code
 * (shared/campaigns/findings.ts, file.ts), and literal types for several hundred more keys push the
 * typed t() of i18next past TypeScript's instantiation limit (renderer/src/editor/action-summary.ts
 * was the first call to fail). test/shared/campaigns/catalog.test.ts checks that every code has its
 * sentences in every language, and the catalogue test that the languages match key for key.
 */
type Texts = Readonly<Record<string, string>>;
type ProblemTexts = Readonly<Record<string, { readonly problem: string; readonly fix: string }>>;

const campaignRuleTexts: ProblemTexts = {
  'messages-missing': {
    problem: 'There are no bubbles to send.',
    fix: 'Add 1 to {{max}} bubbles: text, image, rich message, video, sticker or Flex.',
  },
  'messages-too-many': {
    problem: '{{count}} bubbles; LINE sends at most {{max}} in one message.',
    fix: 'Remove bubbles until at most {{max}} are left.',
  },
  'messages-beside-ab-test': {
    problem: 'With an A/B test the variants carry the bubbles; these would never be sent.',
    fix: 'Move these bubbles into a variant, or delete them.',
  },
  'text-empty': {
    problem: 'The text is empty.',
    fix: 'Write the text, or remove this bubble.',
  },
  'text-too-long': {
    problem:
      'The text is {{length}} UTF-16 units long; LINE takes at most {{max}} (an emoji such as 🍎 counts 2).',
    fix: 'Shorten it to {{max}} units, or split it into two bubbles.',
  },
  'emoji-too-many': {
    problem: '{{count}} LINE emoji; a text takes at most {{max}}.',
    fix: 'Remove LINE emoji until {{max}} are left.',
  },
  'emoji-not-on-placeholder': {
    problem: 'LINE emoji {{emoji}} is placed at offset {{index}}, where the text has no “$”.',
    fix: 'Insert the emoji again with the picker, or remove it.',
  },
  'emoji-duplicate-index': {
    problem: 'LINE emoji {{emoji}} sits on the same “$” (offset {{index}}) as emoji {{first}}.',
    fix: 'Remove one of the two.',
  },
  'emoji-id-missing': {
    problem: 'LINE emoji {{emoji}} has no product ID or emoji ID.',
    fix: 'Choose the emoji again with the picker.',
  },
  'device-dependent-character': {
    problem:
      'The character {{character}} (character {{index}}, line {{line}}, column {{column}}) shows on some devices only; LINE does not send such characters in broadcasts.',
    fix: 'Delete it, or use a LINE emoji from the picker instead.',
  },
  'url-not-https': {
    problem: '“{{url}}” is not an HTTPS address; LINE fetches images and videos over HTTPS only.',
    fix: 'Host the file at an https:// address.',
  },
  'url-too-long': {
    problem: 'The address is {{length}} characters long; LINE takes at most {{max}}.',
    fix: 'Use a shorter address.',
  },
  'url-not-a-url': {
    problem: '“{{url}}” is not a web address.',
    fix: 'Enter the full address, starting with https://.',
  },
  'url-wrong-format': {
    problem: 'The address ends in “.{{extension}}”; LINE takes {{formats}} here.',
    fix: 'Convert the file to {{formats}} and link to that.',
  },
  'video-tracking-id': {
    problem: 'The tracking ID is longer than {{max}} characters or has characters LINE does not take.',
    fix: 'Use at most {{max}} letters, digits and - . = , + * ( ) % $ & ; : @ { } ! ? < > [ ].',
  },
  'sticker-id': {
    problem: '“{{value}}” is not a sticker ID (LINE’s are numbers).',
    fix: 'Copy the package and sticker IDs from LINE’s list of stickers for bots.',
  },
  'imagemap-project-missing': {
    problem: 'The rich message refers to editor project {{id}}, which is not in this channel.',
    fix: 'Choose a rich-message project of this channel.',
  },
  'imagemap-project-not-imagemap': {
    problem: '“{{name}}” is a rich-menu project, not a rich message.',
    fix: 'Choose a rich-message (imagemap) project.',
  },
  'imagemap-project-trashed': {
    problem: 'The project “{{name}}” is in the trash.',
    fix: 'Restore it in the Editor, or choose another project.',
  },
  'imagemap-project-errors': {
    problem: 'The Editor’s checks report {{count}} problems in “{{name}}”; it cannot be exported as it is.',
    fix: 'Open it in the Editor and fix what Checks lists.',
  },
  'imagemap-base-url-missing': {
    problem: 'No base URL: LINE needs the address where the five image sizes are hosted.',
    fix: 'Enter the https:// folder where you uploaded the exported files 240 to 1040.',
  },
  'imagemap-base-url-extension': {
    problem:
      'The base URL ends in “.{{extension}}”; LINE adds /240 … /1040 to it, so it must name the folder, not a file.',
    fix: 'Remove the file name so the address ends with the folder.',
  },
  'imagemap-base-url-trailing-slash': {
    problem: 'The base URL ends with “/”, so LINE would ask for “…//1040”.',
    fix: 'Remove the final “/”.',
  },
  'alt-text-missing': {
    problem: 'No alternative text: notifications and chat lists show it instead of the message.',
    fix: 'Write a short description of the message.',
  },
  'alt-text-too-long': {
    problem: 'The alternative text is {{length}} characters long; LINE takes at most {{max}}.',
    fix: 'Shorten it to {{max}} characters.',
  },
  'flex-property-missing': {
    problem: '“{{property}}” is missing here; LINE’s Flex schema requires it.',
    fix: 'Add “{{property}}”, or paste the JSON again from the Flex Message Simulator.',
  },
  'flex-wrong-type': {
    problem: 'LINE’s Flex schema expects a JSON {{expected}} here.',
    fix: 'Correct the value, or paste the JSON again from the Flex Message Simulator.',
  },
  'flex-value-not-allowed': {
    problem: 'LINE’s Flex schema does not allow this value here.',
    fix: 'Use one of: {{allowed}}.',
  },
  'flex-invalid': {
    problem: 'LINE’s Flex schema refuses this: {{detail}}.',
    fix: 'Correct it, or paste the JSON again from the Flex Message Simulator.',
  },
  'flex-bubble-count': {
    problem: 'The carousel has {{count}} bubbles; it needs 1 to {{max}}.',
    fix: 'Keep 1 to {{max}} bubbles in the carousel, or split it into two Flex messages.',
  },
  'flex-too-large': {
    problem: 'This Flex JSON is {{bytes}} bytes; LINE takes at most {{max}}.',
    fix: 'Remove components or shorten texts until it is at most {{max}} bytes.',
  },
  'field-not-for-kind': {
    problem: 'A {{kind}} has no {{field}}; it would not be used.',
    fix: 'Remove the {{field}}, or change the send kind.',
  },
  'recipient-empty-group': {
    problem: 'This AND / OR group is empty.',
    fix: 'Add an audience to the group, or remove the group.',
  },
  'recipient-too-many-operands': {
    problem:
      'The recipients combine {{count}} audiences and redeliveries; LINE takes at most {{max}} in one message.',
    fix: 'Combine fewer, or merge some into one uploaded audience.',
  },
  'audience-unknown': {
    problem: 'Audience {{id}} is not in this channel (was it deleted?).',
    fix: 'Choose another audience.',
  },
  'audience-failed': {
    problem: 'LINE failed the audience “{{name}}”.',
    fix: 'See the reason in Audiences, then make the audience again or choose another.',
  },
  'audience-expired': {
    problem: 'The audience “{{name}}” has expired (LINE keeps audiences for 180 days).',
    fix: 'Make the audience again, or choose another.',
  },
  'audience-expires-before-send': {
    problem: 'The audience “{{name}}” expires before this send.',
    fix: 'Send earlier, or make the audience again before the send.',
  },
  'audience-not-ready': {
    problem:
      'The audience “{{name}}” may not be ready on LINE at the send time: a new audience takes hours (plan for {{hours}}).',
    fix: 'Sync the audience now, or send at least {{hours}} hours after it is made.',
  },
  'audience-ids-mixed': {
    problem:
      'The recipients mix audiences of LINE user IDs and of IFAs (advertising IDs); a message takes one kind only.',
    fix: 'Use audiences of one ID kind.',
  },
  'audience-below-minimum': {
    problem:
      'With several audiences each must reach {{minimum}} people; “{{name}}” is likely smaller, and LINE would fail the send.',
    fix: 'Use a larger audience, or send to this one alone.',
  },
  'retargeting-source-missing': {
    problem: 'The campaign that “{{name}}” retargets no longer exists.',
    fix: 'Choose another audience.',
  },
  'retargeting-source-not-sent': {
    problem:
      '“{{name}}” retargets “{{source}}”, which is neither sent nor planned (ready or scheduled) before this send.',
    fix: 'Plan “{{source}}” earlier and make it ready, or send this later.',
  },
  'retargeting-source-too-old': {
    problem:
      '“{{name}}” retargets “{{source}}”, sent more than {{days}} days before this send; LINE retargets sends of the last {{days}} days only.',
    fix: 'Send this sooner after “{{source}}”, or retarget a newer campaign.',
  },
  'retargeting-likely-small': {
    problem:
      '“{{name}}” will likely hold about {{expected}} people; LINE does not use retargeting audiences under {{minimum}}.',
    fix: 'Retarget a larger send, retarget opens instead of clicks, or add audiences with OR.',
  },
  'redelivery-unknown': {
    problem: 'Campaign {{id}}, which this redelivers, is not in this channel.',
    fix: 'Choose a narrowcast campaign of this channel.',
  },
  'redelivery-not-narrowcast': {
    problem: '“{{source}}” is not a narrowcast; LINE redelivers narrowcasts only.',
    fix: 'Choose a narrowcast, or use an impression audience of “{{source}}”.',
  },
  'redelivery-not-sent': {
    problem: '“{{source}}” is neither sent nor planned (ready or scheduled) before this send.',
    fix: 'Plan “{{source}}” earlier and make it ready, or send this later.',
  },
  'redelivery-too-old': {
    problem:
      '“{{source}}” goes out {{days}} days or more before this send; LINE redelivers narrowcasts of the last {{days}} days only.',
    fix: 'Send this within {{days}} days of “{{source}}”.',
  },
  'redelivery-likely-small': {
    problem:
      'Redelivering “{{source}}” likely reaches about {{expected}} people; LINE fails narrowcasts under {{minimum}}.',
    fix: 'Add audiences with OR, or send to a larger group.',
  },
  'recipients-below-minimum': {
    problem:
      'This likely reaches about {{expected}} people; LINE accepts a targeted narrowcast under {{minimum}} recipients, then fails it.',
    fix: 'Widen the audiences or the filter.',
  },
  'filter-needs-target-reach': {
    problem:
      'Filtering by attributes needs a target reach of at least {{minimum}} friends; this account has {{targetReach}}.',
    fix: 'Send to all friends or to audiences until the target reach is {{minimum}} or more.',
  },
  'filter-too-many-objects': {
    problem: 'The filter has {{count}} conditions; LINE takes at most {{max}}.',
    fix: 'Merge conditions (one list of areas rather than several) until at most {{max}} are left.',
  },
  'filter-empty-group': {
    problem: 'This AND / OR group of the filter is empty.',
    fix: 'Add a condition, or remove the group.',
  },
  'filter-no-values': {
    problem: 'The {{dimension}} condition selects nothing.',
    fix: 'Choose at least one value, or remove the condition.',
  },
  'filter-range-missing': {
    problem: 'The {{dimension}} range has neither a start nor an end.',
    fix: 'Set “from”, “under” or both, or remove the condition.',
  },
  'filter-range-order': {
    problem: 'The {{dimension}} range starts at {{gte}} but ends at {{lt}}, not after it.',
    fix: 'Make the start lower than the end.',
  },
  'filter-unknown-value': {
    problem: '“{{value}}” is not one of LINE’s values for {{dimension}}.',
    fix: 'Choose a value from the list.',
  },
  'filter-shares-unknown': {
    problem: 'No {{dimension}} shares are entered in the friend statistics, so the estimate counts everyone.',
    fix: 'Enter the {{dimension}} shares from LINE’s statistics in Quota.',
  },
  'limit-max-invalid': {
    problem: 'The maximum number of recipients, {{max}}, is not a whole number of 1 or more.',
    fix: 'Enter a whole number of at least 1.',
  },
  'limit-max-below-minimum': {
    problem: 'With an attribute filter the number of recipients must be at least {{minimum}}; it is {{max}}.',
    fix: 'Set it to {{minimum}} or more, or remove the filter.',
  },
  'forbid-partial-without-quota': {
    problem:
      '“Send nothing rather than part” works only with “up to the remaining quota”; LINE refuses it alone.',
    fix: 'Turn on “up to the remaining quota”, or turn this off.',
  },
  'user-ids-missing': {
    problem: 'There are no user IDs to send to.',
    fix: 'Add LINE user IDs (U followed by 32 hex digits).',
  },
  'user-ids-too-many': {
    problem: '{{count}} user IDs; one campaign takes at most {{max}}.',
    fix: 'Split them into several campaigns, or upload them as an audience and send a narrowcast.',
  },
  'push-needs-one': {
    problem: 'A push message goes to exactly one user; this has {{count}}.',
    fix: 'Keep one user ID, or make it a multicast.',
  },
  'user-id-invalid': {
    problem: 'Entry {{entry}} (“{{id}}”) is not a LINE user ID.',
    fix: 'Use user IDs as LINE gives them: U followed by 32 lowercase hex digits.',
  },
  'user-id-duplicate': {
    problem: 'Entry {{entry}} repeats entry {{first}} ({{id}}).',
    fix: 'Remove the repeat.',
  },
  'title-empty': {
    problem: 'The campaign has no title.',
    fix: 'Give it a title.',
  },
  'title-too-long': {
    problem: 'The title is {{length}} characters long; at most {{max}} fit.',
    fix: 'Shorten the title.',
  },
  'key-empty': {
    problem: 'The campaign has no key.',
    fix: 'Give it a key: campaign files and scripts refer to the campaign by it.',
  },
  'key-too-long': {
    problem: 'The key is {{length}} characters long; at most {{max}} fit.',
    fix: 'Shorten the key.',
  },
  'key-taken': {
    problem: 'Another campaign of this channel already has the key “{{key}}”.',
    fix: 'Choose another key.',
  },
  'send-time-past': {
    problem: 'The send time {{at}} is in the past.',
    fix: 'Choose a later time, or “at the next sync”.',
  },
  'friends-unknown': {
    problem: 'No friend statistics are entered for this channel, so its reach cannot be estimated.',
    fix: 'Enter followers, blocks and target reach from LINE’s statistics in Quota.',
  },
  'ab-too-few-friends': {
    problem: 'An A/B test needs at least {{minimum}} target friends; this targets about {{target}}.',
    fix: 'Send without an A/B test, or target more friends.',
  },
  'ab-variant-count': {
    problem: 'An A/B test has {{min}} to {{max}} variants; this one has {{count}}.',
    fix: 'Add or remove variants.',
  },
  'ab-share-invalid': {
    problem: 'Variant {{variant}}’s share, {{share}}, is not between 0 and 1.',
    fix: 'Give it a share such as 0.1 (10 %).',
  },
  'ab-shares-sum': {
    problem: 'The variants take {{percent}} % of the target, which leaves nobody for the winner.',
    fix: 'Lower the shares so they add up to less than 100 %.',
  },
  'ab-decide-window': {
    problem:
      'The winner is chosen after {{hours}} hours; it must be {{min}} to {{max}} whole hours, while LINE still updates the statistics and can exclude the variants’ recipients (14 days).',
    fix: 'Choose a wait of {{min}} to {{max}} hours (OA Manager used 72).',
  },
  'ab-variant-small': {
    problem:
      '{{variant}} would reach about {{recipients}} people; LINE fails targeted narrowcasts under {{minimum}}.',
    fix: 'Give it a larger share, or target more friends.',
  },
  'ab-winner-operands': {
    problem:
      'The winner excludes each variant through redelivery: {{count}} audiences and redeliveries together, more than LINE’s {{max}}.',
    fix: 'Use fewer variants or fewer audiences.',
  },
};

const campaignFileTexts: ProblemTexts = {
  'not-json': {
    problem: 'The file is not valid JSON at line {{line}}, column {{column}} ({{detail}}).',
    fix: 'Correct the JSON there (a missing comma or quote is usual), or export the file again.',
  },
  type: {
    problem: 'This must be {{expected}}.',
    fix: 'Correct the value.',
  },
  'unknown-field': {
    problem: '“{{field}}” is not a field of the campaign file here.',
    fix: 'Remove it or correct its spelling; the fields here are {{allowed}}.',
  },
  required: {
    problem: '“{{field}}” is missing.',
    fix: 'Add “{{field}}”.',
  },
  'one-of': {
    problem: '“{{value}}” is not allowed here.',
    fix: 'Use one of: {{allowed}}.',
  },
  range: {
    problem: 'This must be {{min}} or more.',
    fix: 'Enter a number of at least {{min}}.',
  },
  empty: {
    problem: 'This is empty.',
    fix: 'Fill it in.',
  },
  format: {
    problem: 'The file’s format is “{{found}}”, not “{{format}}”.',
    fix: 'Import a campaign file exported by OA Planner or written as its README describes.',
  },
  version: {
    problem: 'The file is version {{found}}; this OA Planner reads version {{supported}}.',
    fix: 'Update OA Planner, or write the file as version {{supported}}.',
  },
  'channel-needed': {
    problem: 'This data folder has {{count}} channels and the file names none.',
    fix: 'Name the channel with --channel or in the file’s “channel” ({{channels}}).',
  },
  'channel-unknown': {
    problem: 'There is no channel “{{channel}}”.',
    fix: 'Use one of: {{channels}}.',
  },
  'channel-mismatch': {
    problem: 'The file is for the channel “{{file}}”, but it is being imported into “{{chosen}}”.',
    fix: 'Import it into “{{file}}”, or change the file’s “channel”.',
  },
  'time-zone': {
    problem: '“{{zone}}” is not an IANA time zone.',
    fix: 'Use a zone such as Asia/Taipei, Asia/Tokyo or Asia/Bangkok.',
  },
  'at-format': {
    problem: '“{{value}}” is not a send time.',
    fix: 'Write it as 2026-12-20T12:00 (local time in {{zone}}), with an offset such as 2026-12-20T12:00+08:00, or null for the next sync.',
  },
  'at-no-such-time': {
    problem: '{{value}} does not exist in {{zone}}: the clocks skip it for daylight saving time.',
    fix: 'Choose a time outside the skipped hour.',
  },
  'audience-unknown': {
    problem: 'There is no audience “{{name}}” in this channel.',
    fix: 'Create it in Audiences first, or correct the name.',
  },
  'project-unknown': {
    problem: 'There is no editor project “{{name}}” in this channel.',
    fix: 'Correct the name, or create the rich message in the Editor first.',
  },
  'project-ambiguous': {
    problem: '{{count}} editor projects are named “{{name}}”.',
    fix: 'Rename them in the Editor so that each name is used once.',
  },
  'campaign-unknown': {
    problem: 'No campaign of this channel or of the file has the key “{{key}}”.',
    fix: 'Correct the key, or add that campaign to the file.',
  },
  'key-duplicate': {
    problem: 'The key “{{key}}” is already used by {{first}} in this file.',
    fix: 'Give each campaign its own key.',
  },
  'plan-id': {
    problem: '“{{id}}” is not a plan id.',
    fix: 'Use the id of a plan, such as tw-2023-light (oa-planner plans lists them).',
  },
  'plan-unknown': {
    problem: 'There is no plan “{{id}}”.',
    fix: 'Use one of the ids that oa-planner plans lists.',
  },
  date: {
    problem: '“{{value}}” is not a date.',
    fix: 'Write it as YYYY-MM-DD, such as 2026-11-28.',
  },
  month: {
    problem: '“{{value}}” is not a month.',
    fix: 'Write it as YYYY-MM, such as 2026-12.',
  },
  'blocks-over-followers': {
    problem: '{{blocks}} blocks is more than the {{followers}} followers.',
    fix: 'Copy both figures from the same day of LINE’s statistics.',
  },
  share: {
    problem: 'The share {{share}} is not between 0 and 1.',
    fix: 'Write shares as fractions: 0.4 for 40 %.',
  },
  'shares-sum': {
    problem: 'These shares add up to {{percent}} %.',
    fix: 'Make them add up to 100 % at most.',
  },
  operator: {
    problem: 'An operator needs exactly one of “and”, “or” and “not”.',
    fix: 'Keep one of them.',
  },
  'too-deep': {
    problem: 'This is nested more than {{max}} levels deep.',
    fix: 'Flatten the groups.',
  },
  'filter-value': {
    problem: '“{{value}}” is not one of LINE’s values here.',
    fix: 'Use LINE’s values (the README lists them).',
  },
  'locked-differs': {
    problem: '“{{key}}” is {{status}} and cannot change, but the file changes it.',
    fix: 'Leave it as exported, remove it from the file, or give the new plan another key.',
  },
  'locked-new': {
    problem:
      '“{{key}}” is marked {{status}}, but no such campaign went out from this channel; only sync records sends.',
    fix: 'Import it as a draft (status “draft”), or remove it.',
  },
};

const campaignKindTexts: Texts = {
  broadcast: 'broadcast',
  narrowcast: 'narrowcast',
  multicast: 'multicast',
  push: 'push message',
};

const campaignStatusTexts: Texts = {
  draft: 'draft',
  ready: 'ready',
  scheduled: 'scheduled',
  sending: 'sending',
  sent: 'sent',
  failed: 'failed',
};

const campaignFieldTexts: Texts = {
  recipient: 'recipients',
  filter: 'attribute filter',
  limit: 'recipient limit',
  to: 'user IDs',
  abTest: 'A/B test',
};

const campaignDimensionTexts: Texts = {
  gender: 'gender',
  age: 'age',
  appType: 'OS',
  area: 'area',
  subscriptionPeriod: 'friendship period',
};

const campaignAbTestTexts: Texts = {
  variant: 'Variant {{letter}}',
  winner: 'The winner',
};

const campaignReachTexts: Texts = {
  unknown: 'Reach unknown: enter the friend statistics in Quota.',
  exact: '{{expected}} recipients (exact)',
  approximate:
    'About {{expected}} friends (approximate, based on data up to {{days}} days old, as of {{asOf}})',
  approximateRange:
    'About {{expected}} friends ({{low}}–{{high}}; approximate, based on data up to {{days}} days old, as of {{asOf}})',
};

const campaignFileTypesTexts: Texts = {
  string: 'a string (in quotes)',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object ({ … })',
  list: 'a list ([ … ])',
  stringOrNull: 'a string or null',
  stringOrList: 'a user ID or a list of user IDs',
};

const campaignTexts = {
  problemLine: '{{path}}: {{problem}} {{fix}}',
  kind: campaignKindTexts,
  status: campaignStatusTexts,
  field: campaignFieldTexts,
  dimension: campaignDimensionTexts,
  abTest: campaignAbTestTexts,
  reach: campaignReachTexts,
  rules: campaignRuleTexts,
  fileTypes: campaignFileTypesTexts,
  file: campaignFileTexts,
} as const;

const campaignErrorTexts: Texts = {
  notFound: 'There is no campaign {{id}}; it may have been deleted.',
  locked:
    '“{{title}}” is {{status}}: sent campaigns are LINE’s history and cannot be changed or deleted. Duplicate it to plan a new one.',
  notReady: '“{{title}}” cannot become {{status}} until these {{count}} problems are fixed:',
  cannotSave: '“{{title}}” cannot be saved until these {{count}} problems are fixed:',
  fileRefused: 'The campaign file was not imported and nothing was changed. Fix these {{count}} problems:',
  usedByAudience: 'The audience “{{audience}}” retargets “{{title}}”; delete the audience first.',
  usedByCampaign: '“{{other}}” redelivers “{{title}}”; change or delete “{{other}}” first.',
};

export const en = {
  app: {
    name: 'OA Planner',
    tagline: 'Plan LINE Official Account campaigns offline',
    loading: 'Loading…',
    loadFailed: 'OA Planner could not start: {{message}}',
    missingLaunchKey:
      'open this page from the address that “{{command}}” printed; that address carries a one-time key.',
    browserMode: 'Browser mode',
    channel: 'Channel',
  },
  nav: {
    label: 'Sections',
    editor: 'Editor',
    campaigns: 'Campaigns',
    audiences: 'Audiences',
    quota: 'Quota',
    sync: 'Sync',
    settings: 'Settings',
  },
  sections: {
    editor: {
      title: 'Image editor',
      empty:
        'Design rich-menu and rich-message images here: pick a LINE template, drop photos into its cells, add text and set what each tap area does, then export files LINE accepts.',
    },
    campaigns: {
      title: 'Campaigns',
      empty:
        'Plan broadcasts here: compose messages, choose recipients, set up A/B tests and schedule sends on a calendar.',
    },
    audiences: {
      title: 'Audiences',
      empty:
        'Build audiences here: upload user IDs, tag friends, retarget people who opened or clicked a broadcast, and combine audiences with AND, OR and NOT.',
    },
    quota: {
      title: 'Message quota',
      empty:
        'See here what each planned send costs, how much of this month’s allowance is left, and the day it would run out.',
    },
    sync: {
      title: 'Sync with LINE',
      empty:
        'Review what will change on LINE and send it when you are online. Nothing is sent twice, even after a crash.',
    },
    settings: {
      title: 'Settings',
    },
  },
  settings: {
    language: 'Language',
    languageSystem: 'Same as the system ({{language}})',
    languageSaveFailed: 'The language could not be changed: {{message}}',
    channels: 'Channels (LINE Official Accounts)',
    channelKind: {
      sandbox: 'Local sandbox: rehearse without sending real messages',
      line: 'LINE Official Account',
    },
    about: 'About',
    version: 'Version',
    shell: 'Running as',
    shellName: {
      electron: 'Desktop app',
      browser: 'Browser mode',
      cli: 'Command line',
    },
    dataDirectory: 'Data folder',
    schemaVersion: 'Database schema version',
  },
  sandbox: {
    label: 'Local LINE sandbox',
    starting: 'Starting the local LINE sandbox…',
    running: 'Running at {{origin}}',
    friends: '{{number}} friends',
    quota: 'Messages this month: {{used}} of {{limit}}',
    quotaUnlimited: 'Messages this month: {{used}} (no limit)',
    failed: 'The local LINE sandbox could not start: {{message}}',
  },
  menu: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    settings: 'Settings…',
    language: 'Language',
    languageSystem: 'Same as the system',
    quit: 'Quit OA Planner',
    about: 'About OA Planner',
    goTo: 'Go to',
  },
  editor: {
    common: {
      cancel: 'Cancel',
      close: 'Close',
      dismiss: 'Dismiss',
      dismissAll: 'Dismiss all',
    },
    defaults: {
      chatBarText: 'Menu',
    },
    kind: {
      richmenu: 'Rich menu',
      imagemap: 'Rich message',
    },
    projects: {
      title: 'Projects',
      new: 'New project',
      none: 'No projects yet. Start one from a LINE template with “New project”.',
      open: 'Open {{name}}',
      openShort: 'Open',
      name: 'Name',
      rename: 'Rename',
      renameTitle: 'Rename project',
      duplicate: 'Duplicate',
      moveToTrash: 'Move {{name}} to the trash',
      trash: 'Trash ({{count}})',
      trashTitle: 'Trash',
      trashEmpty: 'The trash is empty.',
      restore: 'Restore',
      deleteForever: 'Delete for good',
      deleteForeverConfirm: 'Delete “{{name}}” for good? This cannot be undone.',
      backToProjects: 'Back to projects',
      updatedAt: 'Edited {{date}}',
      trashedAt: 'Moved to the trash {{date}}',
      tabs: 'Menus: {{count}}',
      loadFailed: 'The projects could not be loaded: {{message}}',
      actionFailed: 'That did not work: {{message}}',
    },
    newProject: {
      title: 'New project',
      kind: 'What to make',
      size: 'Size (pixels)',
      imagemapSize: 'Rich messages are 1040 pixels wide; custom grids can be 520–2080 high.',
      layout: 'Layout',
      ratios: 'Column ratios / row ratios',
      ratiosHelp:
        'For example “1:2:1 / 1:1”: three columns, the middle one twice as wide, over two equal rows.',
      height: 'Height (pixels)',
      create: 'Create',
      failed: 'The project could not be created: {{message}}',
    },
    workspace: {
      openFailed: 'The project could not be opened: {{message}}',
    },
    unsaved: {
      message: 'Your latest changes may not be saved.',
      failed: 'Saving them failed.',
      timeout: 'The editor did not confirm the save within {{seconds}} seconds.',
      closeAnyway: 'Close anyway',
      keepOpen: 'Keep open',
    },
    toolbar: {
      label: 'Editor tools',
      undo: 'Undo',
      redo: 'Redo',
      mode: 'Editing mode',
      design: 'Design',
      areas: 'Tap areas',
      photo: 'Add photos',
      text: 'Add text',
      verticalText: 'Add vertical text',
      snapping: 'Snap to edges and centres',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      zoomFit: 'Zoom to fit',
      zoom100: 'Zoom to 100 %',
      zoomLevel: 'Zoom {{percent}} %; click for 100 %',
      shortcuts: 'Keyboard shortcuts',
      preview: 'Preview',
      export: 'Export',
      saved: 'All changes saved',
      saving: 'Saving…',
      saveFailed: 'Not saved: {{message}}',
      uploading: 'Importing {{count}} file(s)…',
    },
    hints: {
      design: 'Drop photos onto a cell, or click a cell or a layer to edit it.',
      cellEmpty: 'Drop a photo here, paste one, or choose one: it fills the cell.',
      cellPhoto: 'Drag inside the cell to move the photo; scroll to zoom it.',
      areas: 'Drag on the canvas to draw a tap area; drag an area to move it, its handles to resize it.',
    },
    shapes: {
      rect: 'Rectangle',
      roundedRect: 'Rounded rectangle',
      ellipse: 'Ellipse',
      line: 'Line',
    },
    fonts: {
      tc: 'Noto Sans TC (Traditional Chinese)',
      jp: 'Noto Sans JP (Japanese)',
      thai: 'Noto Sans Thai',
      latin: 'Noto Sans (Latin)',
    },
    layers: {
      panel: 'Layers and layout',
      tab: {
        layers: 'Layers',
        layout: 'Layout',
      },
      title: 'Layers',
      empty: 'No layers yet. Add text or a shape from the toolbar.',
      cells: 'Cells',
      cell: 'Cell {{number}}',
      cellEmpty: 'empty',
      show: 'Show {{name}}',
      hide: 'Hide {{name}}',
      showShort: 'Show',
      hideShort: 'Hide',
      lock: 'Lock {{name}}',
      unlock: 'Unlock {{name}}',
      lockShort: 'Lock',
      unlockShort: 'Unlock',
      rename: 'Rename',
      renameHint: 'Double-click to rename',
      order: 'Layer order',
      front: 'Bring to front',
      forward: 'Bring forward',
      backward: 'Send backward',
      back: 'Send to back',
      delete: 'Delete layer',
      defaultText: 'Text',
      defaultTextContent: 'Your text',
      textOverflowBadge: 'Text overflows its box',
      layoutTitle: 'Layout',
      layoutHint: 'Switch to another layout of this size. Photos and actions move to the new cells in order.',
      layoutNone: 'This custom grid has no other layouts at this size.',
    },
    props: {
      panel: 'Properties',
      canvas: 'Canvas',
      canvasHint: 'Click a cell to fill it with a photo, or a layer to edit it.',
      background: 'Background colour',
      cellBackground: 'Cell colour',
      clearBackground: 'No colour',
      cellSize: '{{width}} × {{height}} px',
      choosePhoto: 'Choose a photo',
      replacePhoto: 'Replace photo',
      removePhoto: 'Remove photo',
      photoZoom: 'Photo zoom: {{percent}} %',
      resetPhoto: 'Reset position',
      multiple: '{{count}} layers selected',
      duplicate: 'Duplicate',
      delete: 'Delete',
      position: 'Position and size',
      width: 'Width',
      height: 'Height',
      widthShort: 'W',
      heightShort: 'H',
      rotation: 'Rotation',
      opacity: 'Opacity',
      lockedHint: 'This layer is locked: unlock it in the layers panel to move it on the canvas.',
      text: 'Text',
      textContent: 'Text',
      font: 'Font',
      fontSize: 'Size',
      align: 'Alignment',
      alignHorizontal: {
        left: 'Left',
        center: 'Centre',
        right: 'Right',
      },
      alignVertical: {
        left: 'Top',
        center: 'Middle',
        right: 'Bottom',
      },
      bold: 'Bold',
      color: 'Colour',
      lineHeight: 'Line spacing',
      vertical: 'Vertical text (top to bottom, right to left)',
      stroke: 'Outline',
      strokeColor: 'Outline colour',
      strokeWidth: 'Outline width',
      shadow: 'Shadow',
      shadowColor: 'Shadow colour',
      shadowBlur: 'Blur',
      shadowX: 'Offset X',
      shadowY: 'Offset Y',
      fill: 'Fill',
      fillColor: 'Fill colour',
      outline: 'Outline',
      cornerRadius: 'Corner radius',
      photo: 'Photo',
      aspectLock: 'Keep the aspect ratio when resizing',
    },
    menu: {
      title: 'Rich-menu settings',
      name: 'Menu name',
      nameHint: 'For you only; LINE users never see it.',
      chatBarText: 'Chat-bar text',
      chatBarTextHint: 'Shown on the bar that opens the menu; at most {{max}} characters.',
      selected: 'Open the menu when the chat opens',
      alias: 'Alias (for tab sets)',
      aliasHint: 'Other menus switch to this one with a “Switch menu” action naming this alias.',
    },
    imagemap: {
      title: 'Rich-message settings',
      altText: 'Alternative text',
      altTextHint: 'Shown in notifications and chat lists instead of the image.',
      baseUrl: 'Base URL',
      baseUrlHint:
        'The HTTPS folder where you will host the exported files 240 … 1040. Leave it empty to fill in later.',
      video: 'Video (optional)',
      chooseVideo: 'Choose an MP4 video',
      replaceVideo: 'Replace video',
      choosePreview: 'Choose its preview image',
      replacePreview: 'Replace preview image',
      removeVideo: 'Remove video',
      previewMissing: 'Now choose the preview image shown before the video plays.',
      externalLink: 'Show a link after the video ends',
      linkLabelHint: 'At most {{max}} characters.',
      videoLimit: 'The video plays in its area; a link label may have {{label}} characters at most.',
      videoCovers:
        'The video covers tap area {{areas}}: taps there play the video. Move the video to a free part of the image, or move those areas off it.',
      videoNoRoom:
        'The tap areas cover the whole image, so the video had to go over tap area {{areas}}: taps there play the video. Make an area smaller or delete one to free a place, then move the video there.',
      videoOnCanvas: '▶ Video',
    },
    areas: {
      panel: 'Tap areas',
      title: 'Tap areas ({{count}})',
      area: 'Area {{number}}',
      add: 'Add area',
      delete: 'Delete area {{number}}',
      resetToCells: 'One area per cell',
    },
    actions: {
      type: 'When tapped',
      none: 'No action yet',
      label: 'Label',
      labelOptional: 'Label (optional)',
      labelHint: 'Read aloud by screen readers.',
      uriHint: 'https://, line://, tel: or http:// links.',
      messageHint: 'Sent as the user’s own message.',
      postbackHint: 'Sent to your bot, not shown in the chat.',
      switchHint: 'The alias of the menu to switch to.',
      mode: 'Pick',
      modes: {
        date: 'Date',
        time: 'Time',
        datetime: 'Date and time',
      },
      types: {
        uri: 'Open a link',
        message: 'Send a message',
        postback: 'Postback to the bot',
        datetimepicker: 'Pick a date or time',
        richmenuswitch: 'Switch menu',
        clipboard: 'Copy text',
        camera: 'Open the camera',
        cameraRoll: 'Open the camera roll',
        location: 'Send a location',
      },
    },
    checks: {
      title: 'Checks',
      errors: 'Errors: {{count}}',
      warnings: 'Warnings: {{count}}',
      allGood: 'Ready for LINE: nothing to fix.',
      thisMenuGood: '{{name}}: nothing to fix.',
      show: 'Show',
    },
    tabs: {
      label: 'Menus in this project',
      menu: 'Menu {{number}}',
      alias: '{{alias}}',
      add: 'Add menu',
      remove: 'Remove {{name}}',
    },
    import: {
      notImage: '{{file}} is not a PNG, JPEG, WebP or GIF image. Choose a photo in one of those formats.',
      svg: '{{file}} is an SVG drawing, which LINE cannot show. Export it as PNG first.',
      empty: '{{file}} is empty (0 bytes). Choose the file again.',
      tooLarge: '{{file}} is too large. Use a smaller file.',
      notMp4: '{{file}} is not an MP4 video. Convert it to MP4 first.',
      failed: '{{file}} could not be imported: {{message}}',
      placedAsLayer: 'No empty cell was left, so {{file}} was placed as a layer.',
    },
    export: {
      title: 'Export for LINE',
      format: 'Image format',
      richMenuHint:
        'The image is written at exactly the menu’s size and compressed to at most 1 MB, with the rich-menu JSON beside it.',
      imagemapHint:
        'A folder with the five widths 240, 300, 460, 700 and 1040 (files without an extension, each at most 10 MB) and the message JSON.',
      folder: 'Folder',
      folderDefault: 'Default: “exports” in the data folder',
      blocked: 'Fix the problems listed above first.',
      run: 'Export',
      running: 'Exporting…',
      done: 'Exported. The files are in:',
      failed: 'The export failed: {{message}}',
      quality: '{{name}}: JPEG quality {{quality}}, {{size}}',
      pngPalette: '{{name}}: PNG reduced to {{colours}} colours to fit, {{size}}',
      pngFull: '{{name}}: PNG in full colour, {{size}}',
      suggestJpeg:
        'So few colours make photos look banded and blotchy: export as JPEG instead, which keeps every colour.',
      download: 'Download as .zip',
      downloadFailed: 'The download did not start. Export again, then download.',
      downloadHint: 'Your browser saves the export folder as one zip file.',
    },
    preview: {
      title: 'Phone preview',
      tapHint: 'Tap the image to see which area it hits and what happens.',
      tapped: 'Area {{number}}: {{action}}',
      noArea: 'Nothing happens here: no tap area covers this spot.',
      switched: 'Switched to the menu “{{alias}}”.',
      switchMissing: 'No menu in this project has the alias “{{alias}}”.',
      collapse: 'Close the menu',
      expand: 'Open the menu',
      accountName: 'Your Official Account',
      sampleMessage: 'Thanks for adding us as a friend!',
      playVideo: 'Play the video',
      replay: 'Play again',
      videoPlaying: 'The video plays in its area, as in LINE.',
      videoEnded: 'The video has ended.',
      videoEndedLink: 'The video has ended: LINE now shows its link.',
      videoLink: '“{{label}}” opens {{uri}}',
      videoFailed: 'This video cannot be played here. LINE plays MP4 (H.264) videos.',
    },
    shortcuts: {
      title: 'Keyboard shortcuts',
      undo: 'Undo',
      redo: 'Redo',
      delete: 'Delete the selection',
      duplicate: 'Duplicate',
      nudge: 'Move by 1 pixel',
      nudgeFar: 'Move by 10 pixels',
      zoomFit: 'Zoom to fit',
      zoom100: 'Zoom to 100 %',
      zoomInOut: 'Zoom in / out',
      zoomWheel: 'Zoom around the pointer',
      addText: 'Add text',
      addVerticalText: 'Add vertical text',
      toggleAreas: 'Switch between design and tap areas',
      preview: 'Phone preview',
      multiSelect: 'Select several layers',
      escape: 'Cancel a drag, or clear the selection',
      paste: 'Paste a photo',
      shortcuts: 'This list',
    },
    lint: {
      inArea: 'Area {{area}}: {{message}}',
      'area-overlap':
        'Area {{area}} overlaps area {{other}} by {{width}}×{{height}} px, so a tap there could trigger either. Move or resize one of them.',
      'area-out-of-bounds':
        'Area {{area}} reaches outside the {{canvasWidth}}×{{canvasHeight}} image. Move it or make it smaller so it fits inside.',
      'area-too-small':
        'Area {{area}} is {{width}}×{{height}} px, too small to tap comfortably on a phone. Make it at least {{min}}×{{min}} px.',
      'area-empty': 'Area {{area}} has no size ({{width}}×{{height}} px). Draw it again or delete it.',
      'too-many-areas':
        'There are {{count}} tap areas but LINE allows at most {{max}}. Delete or merge some.',
      'no-areas':
        'There are no tap areas, so tapping the image does nothing. Draw an area or start from a template.',
      'action-missing': 'Area {{area}} has no action yet. Choose what happens when it is tapped.',
      'action-not-allowed':
        'Area {{area}} uses a “{{type}}” action, which this kind of image cannot use. Choose another action.',
      'field-required': '“{{field}}” is empty. Fill it in.',
      'field-too-long': '“{{field}}” is {{length}} characters long; LINE allows {{max}}. Shorten it.',
      'uri-invalid':
        '“{{field}}” ({{uri}}) is not a complete link. Write it in full, such as https://example.com/page.',
      'uri-scheme':
        'LINE refuses links starting with “{{scheme}}:” in “{{field}}”. Use a link starting with one of: {{allowed}}.',
      'alias-format':
        'The alias “{{alias}}” may use only a–z, 0–9, “-” and “_”, at most {{max}} characters. Rename it.',
      'alias-unknown':
        'Area {{area}} switches to the alias “{{alias}}”, which no menu in this set has. Give a menu that alias or choose another.',
      'datetime-format': '“{{field}}” ({{value}}) is not a valid value. Write it like {{example}}.',
      'datetime-order':
        'The date and time limits are out of order (earliest {{min}}, latest {{max}}). Keep earliest ≤ initial ≤ latest.',
      'canvas-size':
        'The image is {{width}}×{{height}} px, a size LINE does not accept. Start again from a template.',
      'base-url-missing':
        'The base URL is not set. The export writes a placeholder: replace it with the web folder where you host the images.',
      'base-url-not-https':
        'The base URL {{url}} must start with https://. Host the images on an HTTPS server.',
      'base-url-extension':
        'The base URL {{url}} must not end in a file name such as “{{segment}}”. Give the folder that holds the files 240 … 1040.',
      'base-url-trailing-slash':
        'The base URL {{url}} ends with “/”. Remove it: LINE adds “/1040” and the other widths itself.',
      'video-area-out-of-bounds':
        'The video area reaches outside the {{canvasWidth}}×{{canvasHeight}} image. Move it or make it smaller so it fits inside.',
      'video-area-overlap':
        'Area {{area}} overlaps the video, so taps there play the video instead. Move the area off the video.',
      'photo-upscaled':
        'The photo in cell {{cell}} is shown at {{scale}} % of its own pixels ({{width}}×{{height}} px), so it will look blurry on phones. Zoom it out, or use a photo of at least {{needWidth}}×{{needHeight}} px.',
      'layer-photo-upscaled':
        'The photo “{{layer}}” is shown at {{scale}} % of its own pixels ({{width}}×{{height}} px), so it will look blurry on phones. Make it smaller, or use a photo of at least {{needWidth}}×{{needHeight}} px.',
      'video-no-room':
        'The tap areas cover the whole image, so the video has to cover area {{areas}}, and taps there play the video. To give it a place of its own, make an area smaller or delete one, then move the video into the free space.',
      'text-overflow':
        'The text “{{layer}}” does not fit its box: it needs {{width}}×{{height}} px, the box is {{boxWidth}}×{{boxHeight}} px, so part of it is cut off or runs over what is around it. Make the box larger, or the text smaller or shorter.',
      fields: {
        label: 'Label',
        uri: 'Link',
        text: 'Message text',
        data: 'Postback data',
        displayText: 'Display text',
        clipboardText: 'Text to copy',
        richMenuAliasId: 'Target alias',
        initial: 'Initial value',
        min: 'Earliest',
        max: 'Latest',
        name: 'Menu name',
        chatBarText: 'Chat-bar text',
        aliasId: 'Alias',
        altText: 'Alternative text',
        baseUrl: 'Base URL',
        linkUri: 'Link after the video',
        linkLabel: 'Link label after the video',
      },
    },
    templates: {
      grid3x2: '6 cells (3 × 2)',
      grid2x2: '4 cells (2 × 2)',
      wideTopThreeBelow: 'Wide top, 3 below',
      wideTopTwoBelow: 'Wide top, 2 below',
      wideLeftTwoRight: 'Wide left, 2 on the right',
      twoRows: '2 rows',
      twoColumns: '2 columns',
      full: 'One image',
      threeColumns: '3 columns',
      narrowLeftWideRight: 'Narrow left, wide right',
      wideLeftNarrowRight: 'Wide left, narrow right',
      fourColumns: '4 columns',
      threeRows: '3 rows',
      grid2x3: '6 cells (2 × 3)',
      grid3x3: '9 cells (3 × 3)',
      twoAboveWideBottom: '2 above, wide bottom',
      custom: 'Custom grid',
      richMenuLarge: 'Rich menu, large',
      richMenuCompact: 'Rich menu, compact',
      imagemap: 'Rich message',
    },
    errors: {
      'grid-spec-empty': 'The grid is empty. Write column ratios such as “1:2:1 / 1:1”.',
      'grid-spec-axes':
        '“{{spec}}” has more than one “/”. Write the columns, then “/”, then the rows, such as “1:2:1 / 1:1”.',
      'grid-spec-part':
        'In the {{axis}}, “{{part}}” is not a ratio. Use positive numbers up to {{max}} separated by “:”, such as “1:2:1”.',
      'grid-spec-too-many-cells':
        'That grid has {{count}} cells, but LINE allows at most {{max}} tap areas here. Use fewer columns or rows.',
      'canvas-size-invalid':
        'LINE does not accept an image of {{width}}×{{height}} px here. Choose one of the listed sizes.',
      'imagemap-height-range':
        'The height {{height}} px is outside {{min}}–{{max}} px. Choose a height in that range.',
      axis: {
        columns: 'columns',
        rows: 'rows',
      },
    },
  },
  audiences: {
    noChannel: 'Choose a channel in Settings to plan its audiences.',
    countOfMax: '{{n}} of {{max}} audiences (LINE’s limit per channel)',
    full: 'This channel has {{max}} audiences, the most LINE allows. Delete one to add another.',
    common: {
      cancel: 'Cancel',
      close: 'Close',
      delete: 'Delete',
      save: 'Save',
    },
    kind: {
      upload: 'User-ID upload',
      chatTag: 'Chat tags',
      click: 'Click retargeting',
      impression: 'Impression retargeting',
      line: 'From LINE',
    },
    status: {
      local: 'Not synced',
      inProgress: 'In progress',
      ready: 'Ready',
      failed: 'Failed',
      expired: 'Expired',
    },
    failureReason: {
      tooFew: 'too few members',
      badFile: 'bad file',
      internal: 'LINE internal error',
    },
    idKind: {
      userId: 'LINE user IDs',
      ifa: 'IFAs (advertising IDs)',
    },
    nameProblem: {
      blank: 'Give it a name.',
      'too-long': 'At most 120 characters.',
      'control-characters': 'Names cannot hold tabs or line breaks.',
      taken: 'Another one already has this name.',
    },
    list: {
      title: 'Audiences of this channel',
      empty: 'No audiences yet. Import a file of user IDs, tag friends, or retarget a broadcast.',
      name: 'Name',
      kind: 'Kind',
      size: 'Size',
      status: 'Status',
      expiry: 'Expiry',
      actions: 'Actions',
      estimated: 'estimated',
      daysLeft: '{{days}} days left',
      expiresAfterSync: '180 days after sync',
      noExpiry: 'Does not expire',
      noExpiryChatTag: 'Refreshed before expiry after sync',
      refreshDue: 'Refresh due {{date}}',
      readOnly: 'Read-only',
      deleteNamed: 'Delete {{name}}',
      confirmDelete: 'Delete the audience “{{name}}”? This cannot be undone.',
      rename: 'Rename',
      renameNamed: 'Rename {{name}}',
      renameLabel: 'New name for {{name}}',
    },
    import: {
      open: 'Import user IDs…',
      title: 'Import user IDs',
      into: 'Import into',
      newAudience: 'A new audience',
      existingAudience: 'An existing audience (add IDs)',
      name: 'Audience name',
      nameHint: 'At most 120 characters.',
      nameNeeded: 'Give the new audience a name.',
      audience: 'Audience',
      chooseAudience: 'Choose the audience to add to.',
      file: 'TXT or CSV file',
      fileHint: 'One LINE user ID or IFA per line, or a CSV column. Up to {{limit}}.',
      fileChosen: 'Size: {{size}}',
      chooseFile: 'Choose a file to import.',
      column: 'CSV column (number or header)',
      columnAuto: 'Automatic',
      start: 'Import',
      uploading: 'Reading {{file}}…',
      saving: 'Saving {{file}} in one step…',
      progressLabel: 'Import progress',
      progress: '{{percent}}% · {{sent}} of {{total}} · {{lines}} lines',
    },
    report: {
      imported: '“{{name}}” now holds {{n}} IDs.',
      valid: 'Valid rows',
      added: 'IDs added',
      duplicates: 'Duplicates removed',
      alreadyIn: 'Already in the audience',
      invalid: 'Invalid rows',
      lines: 'Lines read',
      header: 'Header row (line)',
      idKind: 'ID kind',
      invalidAll: 'Invalid rows',
      invalidFirst: 'The first {{shown}} of {{total}} invalid rows',
      line: 'Line',
      reason: 'Problem',
      text: 'Content',
      download: 'Download report (CSV)',
    },
    invalidReason: {
      empty: 'Empty cell',
      notAnId: 'Not a user ID or IFA',
      userIdUppercase: 'User IDs use lowercase letters',
      userIdLength: 'User ID of the wrong length (U + 32 characters)',
      ifaFormat: 'IFA with characters other than 0–9 and a–f',
      nonAscii: 'Holds characters that no ID has',
    },
    failure: {
      empty: '{{file}} is empty: there are no IDs to import.',
      binary: '{{file}} is not a text file (line {{line}}). Export the IDs as TXT or CSV.',
      noValidIds: '{{file}} holds no valid IDs. Nothing was imported; see the invalid rows below.',
      mixedKinds:
        'Line {{line}} of {{file}} holds {{found}}, but the audience holds {{expected}}. One audience cannot mix the two. Nothing was imported.',
      tooManyIds: '{{file}} would take the audience over {{limit}} IDs. Nothing was imported.',
      columnNotFound: '{{file}} has no column “{{column}}” in its header row.',
      tooLarge:
        '{{file}} is {{size}}; files over {{limit}} are refused. Split it and add the parts one by one.',
      readError: '{{file}} could not be read to the end ({{detail}}). Nothing was imported.',
      cancelled: 'The import was cancelled. Nothing was imported.',
    },
    tags: {
      open: 'Chat tags…',
      title: 'Chat tags',
      intro:
        'Tags are kept on this computer on friends’ user IDs. LINE cannot create chat-tag audiences through its API, so they are uploaded as user-ID audiences at sync.',
      newTag: 'New tag',
      add: 'Add tag',
      none: 'No tags yet.',
      listLabel: 'Tags (tick them to tag friends or make an audience)',
      friends: '{{n}} friends',
      rename: 'Rename',
      tagByHand: 'Tag friends',
      userIds: 'User IDs (one per line)',
      applyChosen: 'Add the ticked tags',
      tagged: '{{n}} tags added.',
      importFile: 'Or import a file of “userId,tag1;tag2” lines',
      fileHint: 'Unknown tags are created. Up to 4 MB.',
      fileTooLarge: 'Tag files can be at most 4 MB.',
      imported: '{{friends}} friends tagged with {{tags}} tags; {{invalid}} invalid rows {{lines}}',
      makeAudience: 'Make an audience from the ticked tags',
      match: 'Friends with',
      any: 'any of the tags',
      all: 'all of the tags',
      create: 'Create audience',
      audienceMade: '“{{name}}” created with {{n}} friends.',
      syncNote: 'Synced as an upload audience, which LINE keeps 180 days; it is refreshed before then.',
    },
    retargeting: {
      open: 'Retarget a broadcast…',
      title: 'Click or impression retargeting',
      noBroadcasts:
        'No broadcasts planned yet. Retargeting uses a broadcast or narrowcast once it is sent; plan one in Campaigns.',
      kind: 'People who',
      broadcast: 'Broadcast',
      notSent: 'Usable once this broadcast is sent (LINE needs its request ID).',
      tooOld: 'Sent more than 60 days ago: LINE no longer accepts it.',
      url: 'Only clicks on this link (optional)',
      anyUrl: 'Any link in the message',
      openRate: 'Expected open rate (%)',
      clickRate: 'Expected click rate (%)',
      create: 'Create audience',
      belowMinimum: 'Below 50 members LINE cannot use this audience.',
    },
    builder: {
      title: 'Combine audiences',
      intro:
        'Build the recipients of a narrowcast: AND, OR and NOT over at most {{max}} audiences and redeliveries. Counts are exact where members are known, estimates elsewhere.',
      combine: 'Friends in',
      operator: 'How to combine',
      groupOperator: 'How to combine this group',
      and: 'all of (AND)',
      or: 'any of (OR)',
      not: 'NOT',
      operand: 'Audience',
      choose: 'Choose an audience…',
      audiences: 'Audiences',
      redelivery: 'Redelivery (narrowcast recipients)',
      remove: 'Remove',
      group: 'Group',
      addToGroup: 'Add to group',
      addOperand: 'Add audience',
      addGroup: 'Add group',
      reach: 'Friends (target reach)',
      reachUnknown: 'Unknown',
      operands: '{{n}} of {{max}} operands',
      counting: 'Counting…',
      nothing: 'Choose audiences to see the count.',
      exact: '{{n}} friends (exact)',
      estimate: 'About {{expected}} friends (range {{low}} – {{high}})',
      atLeast: 'At least {{low}} friends (enter the number of friends for the rest)',
      between: 'Between {{low}} and {{high}} friends',
    },
    problem: {
      emptyOperator: 'A group has no audiences.',
      tooManyOperands: '{{n}} operands: a narrowcast takes at most {{max}}.',
      unknownAudience: 'An audience no longer exists.',
      unknownBroadcast: 'A broadcast no longer exists.',
      audienceFailed: '“{{name}}” failed on LINE.',
      audienceExpired: '“{{name}}” has expired.',
      audienceNotReady: '“{{name}}” is not ready on LINE yet; new audiences take hours.',
      audienceBelowMinimum:
        '“{{name}}” may have fewer than {{minimum}} members; combined audiences each need {{minimum}}.',
      retargetingNotSent: '“{{name}}” retargets a broadcast that is not sent yet.',
      retargetingTooOld: '“{{name}}” retargets a broadcast sent more than 60 days ago.',
      redeliveryNotNarrowcast: 'Redelivery works only with narrowcasts (“{{name}}”).',
      redeliveryNotSent: '“{{name}}” is not sent yet, so it cannot be redelivered.',
      redeliveryTooOld: '“{{name}}” was sent more than 14 days ago; LINE no longer redelivers it.',
      resultBelowMinimum: 'Fewer than {{minimum}} recipients: LINE will not send a narrowcast this small.',
    },
  },
  campaigns: campaignTexts,
  quota: {
    dimension: {
      genders: 'gender',
      ages: 'age',
      appTypes: 'OS',
      areas: 'area',
      subscriptionPeriods: 'friendship period',
    },
    field: {
      followers: 'Followers',
      blocks: 'Blocks',
      targetReach: 'Target reach',
      consumedMessages: 'Messages already used',
    },
  },
  errors: {
    retry: 'Try again',
    api: {
      unknownMethod: 'Unknown API method {{method}}.',
      invalidArguments: '{{method}}: invalid arguments.',
      invalidArgument: '{{method}}: argument {{argument}}: {{issue}}',
      invalidField: '{{method}}: argument {{argument}} field "{{field}}": {{issue}}',
      internal: '{{method}} failed: {{detail}}',
      notAppWindow: '{{method}} may only be called by the OA Planner window.',
      wrongKey: 'Missing or wrong OA Planner key.',
      noSuchEndpoint: 'No API at {{method}} {{path}}.',
      notJsonContentType: 'Requests must be application/json.',
      bodyTooLarge: 'The request body is over {{bytes}} bytes.',
      bodyNotJson: 'The request body is not valid JSON.',
      serverUnreachable: 'The OA Planner server cannot be reached: {{detail}}',
      serverAnswered: 'The OA Planner server answered {{status}}.',
    },
    preferences: {
      unreadable: 'Could not read the preferences at {{file}}: {{detail}}.',
      notJsonStuck:
        'The preferences at {{file}} are not valid JSON and could not be moved aside: {{detail}}.',
      unknown: 'Unknown preference {{names}}.',
      invalid: 'Invalid preferences: {{issue}}',
      invalidField: 'Invalid preference "{{field}}": {{issue}}',
    },
    storage: {
      damaged:
        'The database at {{file}} is damaged (SQLite: {{detail}}). Quit OA Planner and restore that file from a backup, or choose another data folder; OA Planner never repairs a database on its own.',
    },
    channels: {
      notFound: 'There is no channel {{id}}.',
    },
    projects: {
      notFound: 'There is no project {{id}}; it may have been deleted.',
      inTrash: 'The project “{{name}}” is in the trash; restore it before changing it.',
      nameLength: 'A project name must be 1–{{max}} characters; “{{name}}” is not.',
      noTemplate: 'There is no template “{{template}}”.',
      documentCount: 'A project holds 1–{{max}} documents, not {{count}}.',
      imagemapOneDocument: 'A rich-message project holds exactly one document.',
      documentKind: 'Document {{index}} is not of the same kind as the project “{{name}}”.',
      unknownAsset:
        'A document refers to a file ({{asset}}…) that was never imported into “{{name}}”; import it again.',
      thumbnailNotPng: 'The thumbnail is not a PNG image.',
      rasterNotPng: 'The text raster {{key}} is not a PNG image.',
      deleteNeedsTrash: 'Move “{{name}}” to the trash before deleting it for good.',
    },
    uploads: {
      notOpen:
        'That upload is no longer open (it finished, was cancelled or timed out). Import the file again.',
      projectInTrash: 'The project “{{name}}” is in the trash; restore it before adding files.',
      tooLarge:
        '“{{file}}” is {{size}} MB, larger than any file the editor takes ({{videoMax}} MB for videos, {{imageMax}} MB for images).',
      wrongOffset: '“{{file}}”: expected the chunk at byte {{expected}}, got {{got}}.',
      longerThanAnnounced: '“{{file}}” is longer than the {{bytes}} bytes announced.',
      incomplete: '“{{file}}” arrived incomplete ({{received}} of {{bytes}} bytes). Import it again.',
    },
    assets: {
      empty: '“{{file}}” is empty (0 bytes). Choose the file again.',
      quickTime: '“{{file}}” is a QuickTime movie, not MP4. Export it as MP4 (H.264) and import that.',
      notMp4: '“{{file}}” is not an MP4 video. LINE plays MP4 files only.',
      svg: '“{{file}}” is an SVG drawing. The editor takes photos and images only (PNG, JPEG, WebP, GIF): export it as PNG first.',
      unknownType:
        '“{{file}}” is not a file the editor can use: its contents are neither an image (PNG, JPEG, WebP, GIF) nor an MP4 video, whatever its name says.',
      notAnImage:
        '“{{file}}” is not a photo the editor can use: its contents are not PNG, JPEG, WebP or GIF, whatever its name says.',
      videoNotPhoto:
        '“{{file}}” is a video, not a photo. Choose a PNG, JPEG, WebP or GIF image; a rich message takes its video in the tap-area settings.',
      videoTooLarge:
        '“{{file}}” is {{size}} MB; LINE accepts videos up to {{max}} MB. Shorten or compress it.',
      imageTooLarge:
        '“{{file}}” is {{size}} MB; the editor takes images up to {{max}} MB. Save a smaller copy.',
      tooManyPixels:
        '“{{file}}” is {{width}}×{{height}} pixels, more than the {{max}} megapixels the editor accepts. Save a smaller copy.',
      unreadable:
        '“{{file}}” looks like a {{type}} image but cannot be read: it is damaged or incomplete (for example, a download that did not finish). Open it in an image editor and save it again.',
    },
    export: {
      folderNotAbsolute: 'The export folder must be an absolute path, not “{{folder}}”.',
      notAFolder: '“{{folder}}” is not a folder: choose a new or empty folder.',
      folderNotEmpty:
        'The folder “{{folder}}” is not empty: choose a new or empty folder so no file is overwritten.',
      fixFirst: 'Fix these {{count}} problems before exporting:',
      inMenu: '{{menu}}: {{message}}',
      duplicateAlias:
        '{{first}} and {{second}} both use the alias “{{alias}}”; give each menu its own alias.',
      cell: 'Cell {{cell}}',
      layer: 'Layer “{{layer}}”',
      photoMissing: '{{where}}: its photo ({{asset}}…) is missing from the project. Import it again.',
      textNotRendered:
        'The text layer “{{layer}}” has not been rendered yet. Open the project in OA Planner (which renders text with its fonts) and let it save, then export again.',
      jpegTooLarge: 'Even at the lowest JPEG quality the image exceeds {{bytes}} bytes.',
      pngTooLarge:
        'This image cannot be saved as a PNG of at most {{kilobytes}} KB, even with 2 colours (photos compress badly as PNG). Export it as JPEG instead.',
      videoMissing: 'The video or its preview image is missing from the project. Import it again.',
    },
    audiences: {
      notFound: 'There is no audience {{id}}.',
      notInChannel: 'There is no audience {{id}} in this channel.',
      readOnly: 'Audiences made outside OA Planner are read-only.',
      nameUnusable: '“{{name}}”: {{problem}}',
      tooMany: 'This channel already has {{max}} audiences, the most LINE allows. Delete one first.',
      notUploadAudience: '“{{name}}” is not a user-ID upload audience; IDs can only be added to those.',
      changedWhileReading: '“{{name}}” changed while the file was read; import it again.',
      cannotOpen: 'Cannot open {{file}}: {{reason}}.',
      notAFile:
        '{{file}} is {{kind}}, not a regular file: save the IDs to a TXT or CSV file and import that.',
      fileKind: {
        folder: 'a folder',
        pipe: 'a named pipe',
        socket: 'a socket',
        device: 'a device',
        other: 'something other than a file',
      },
      importNotOpen: 'This import is no longer open (cancelled, finished or idle too long). Start it again.',
      tooManyImports: '{{count}} imports are already running; wait for one to finish.',
      fileTooLarge: '{{file}} is {{bytes}} bytes; files over {{max}} bytes are refused.',
      chunkOutOfOrder:
        'The chunk at byte {{offset}} does not follow byte {{expected}}; start the import again.',
      moreThanAnnounced: 'More bytes arrived than the {{bytes}} announced.',
      broadcastNotFound: 'There is no broadcast {{id}} in this channel.',
      notALink: '“{{url}}” is not a link (http:// or https://).',
      tagNotFound: 'There is no tag {{id}}.',
      tagTaken: 'A tag named “{{name}}” already exists.',
      tagNameUnusable: '“{{name}}” is not a usable tag name: {{problem}}',
      tagOtherChannel: 'Tag {{id}} belongs to another channel.',
      entryNotUserId: 'Entry {{entry}} (“{{id}}”) is not a LINE user ID.',
      tagFileNotText: 'The tag file is not a text file.',
      tagFileNoRows: 'The tag file holds no valid “userId,tag1;tag2” rows.',
      noTags: 'Choose at least one tag.',
    },
    campaigns: campaignErrorTexts,
    sync: {
      channelNotConnected:
        'The channel “{{name}}” has no connection to LINE yet: add its channel access token first.',
      notQueueable: 'The campaign “{{title}}” is {{status}}; only a ready or scheduled campaign can be sent.',
      unresolved: 'The campaign “{{title}}” cannot be sent yet:',
      unresolvedAudience: 'The audience {{id}} ({{path}}) has not been uploaded to LINE yet; sync it first.',
      unresolvedRedelivery:
        'The campaign {{id}} ({{path}}) has not been sent, so there is nothing to redeliver to yet.',
      unresolvedImagemap: 'The rich message’s project {{id}} ({{path}}) is missing or is not a rich message.',
      lineRefused: 'LINE refused the request ({{status}}): {{message}}',
      lineUnavailable: 'LINE could not take the request ({{status}}): {{message}}. It will be tried again.',
      lineUnreachable: 'LINE could not be reached ({{detail}}). It will be tried again.',
      timedOut: 'LINE did not answer within {{seconds}} seconds. It will be tried again.',
      quotaExceeded:
        'This send needs {{needed}} messages, but only {{remaining}} are left this month. Nothing was sent.',
      retryWindowPassed:
        'LINE never confirmed this send, and more than 24 hours have passed since it was first tried, so trying again could send it twice. Check in LINE Official Account Manager whether it went out, then send it again or discard it.',
      narrowcastFailed:
        'LINE accepted the narrowcast but could not deliver it: {{description}} (error {{code}}).',
      leaseHeld:
        'Another OA Planner ({{holder}}) is sending from this data folder; try again once it has finished.',
      internal: 'The send could not be run: {{detail}}',
    },
    quota: {
      planIdInvalid:
        'A plan id is 1–64 lower-case letters, digits and hyphens, starting with a letter or digit; “{{id}}” is not.',
      planNameBlank: 'Give the plan a name of at most {{max}} characters.',
      feeNegative: 'The monthly fee must be 0 or more, not {{fee}}.',
      freeMessagesInvalid: 'Free messages must be a whole number of 0 or more, not {{value}}.',
      dateInvalid: '“{{date}}” is not a date (YYYY-MM-DD).',
      validityReversed: 'The plan ends on {{to}}, before it starts on {{from}}.',
      tierEdgeInvalid:
        'Price band {{band}} must end at a whole number of messages above {{previous}}, and only the last band may have no end.',
      tierPriceInvalid: 'Price band {{band}}: the price must be 0 or more, not {{price}}.',
      lastTierOpen: 'The last price band must have no end, so every additional message has a price.',
      ceilingInvalid:
        'The ceiling on additional messages must be a whole number of 1 or more, not {{value}}.',
      freePlanWithAdditional:
        'A free plan (no monthly fee) cannot sell additional messages: LINE’s free plans cannot send more than {{ceiling}} messages a month, and their cap cannot be changed.',
      freePlanAboveCeiling: 'A free plan allows at most {{ceiling}} messages a month; {{free}} is more.',
      replacedBySelf: 'A plan cannot be replaced by itself.',
      replacedByUnknown: 'There is no plan “{{id}}” to replace this one.',
      timeZoneUnknown: '“{{zone}}” is not an IANA time zone such as Asia/Taipei, Asia/Tokyo or Asia/Bangkok.',
      planUnknown: 'There is no plan “{{id}}”.',
      capInvalid: 'The additional-message cap must be a whole number of 0 or more, not {{cap}}.',
      capNotAllowed:
        '{{plan}} sells no additional messages, so it has no additional-message cap (free plans cannot change theirs). Leave the cap empty, or choose a plan that sells additional messages.',
      capAboveCeiling:
        'The cap of {{cap}} is above the {{ceiling}} additional messages a month that {{plan}} allows.',
      countInvalid: '{{field}} must be a whole number of 0 or more, not {{value}}.',
      blocksAboveFollowers: 'Blocks ({{blocks}}) cannot be more than followers ({{followers}}).',
      reachAboveReachable:
        'Target reach ({{reach}}) cannot be more than followers minus blocks ({{reachable}}).',
      shareKeyUnknown: '“{{key}}” is not a LINE value for {{dimension}}.',
      shareOutOfRange: 'The share of “{{key}}” must be from 0 to 1, not {{share}}.',
      sharesDoNotSum: 'The {{dimension}} shares add up to {{sum}}; they should add up to 1 (100 %).',
      monthInvalid: '“{{month}}” is not a month (YYYY-MM).',
      automationTitleBlank: 'Automation {{index}} needs a title of at most {{max}} characters.',
      automationCountInvalid: 'Automation “{{title}}”: the number a day must be 0 or more, not {{value}}.',
      sendTimeInvalid:
        'The send “{{key}}” has no usable time (“{{at}}”): give an ISO time with its offset, such as 2026-12-20T12:00+08:00.',
      planInvalid: 'The plan “{{id}}” cannot be saved:',
      planningInvalid: 'The planning figures cannot be saved:',
      builtinCannotBeDeleted: '“{{id}}” is built into OA Planner: it can be edited or reverted, not deleted.',
      planInUse: 'The plan “{{id}}” is used by {{channels}}; choose another plan there first.',
      planChangeConflictsWithCap:
        'This change leaves no room for the additional-message cap that {{channels}} set; lower or clear the cap there first.',
      storedPlanDamaged: 'The stored plan “{{id}}” cannot be read ({{detail}}); save it again or delete it.',
    },
  },
} as const;

/** The shape every locale catalogue must have: the same keys, any strings. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
