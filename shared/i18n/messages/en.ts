// English UI strings: the source catalogue every other locale must match key for key.

export const en = {
  app: {
    name: 'OA Planner',
    tagline: 'Plan LINE Official Account campaigns offline',
    loading: 'Loading…',
    loadFailed: 'OA Planner could not start: {{message}}',
    missingLaunchKey:
      'open this page from the address that “oa-planner serve” printed; that address carries a one-time key.',
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
    },
    dataDirectory: 'Data folder',
    schemaVersion: 'Database schema version',
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
  errors: {
    retry: 'Try again',
  },
} as const;

/** The shape every locale catalogue must have: the same keys, any strings. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
