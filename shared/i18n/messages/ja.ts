// Japanese UI strings.

import type { Messages } from './en';

export const ja: Messages = {
  app: {
    name: 'OA Planner',
    tagline: 'LINE公式アカウントの配信をオフラインで計画',
    loading: '読み込み中…',
    loadFailed: 'OA Planner を起動できませんでした：{{message}}',
    missingLaunchKey:
      '「oa-planner serve」が表示したアドレスからこのページを開いてください。そのアドレスには一回限りのキーが含まれています。',
    browserMode: 'ブラウザモード',
    channel: 'アカウント',
  },
  nav: {
    label: 'セクション',
    editor: '画像エディター',
    campaigns: 'メッセージ配信',
    audiences: 'オーディエンス',
    quota: 'メッセージ通数',
    sync: '同期',
    settings: '設定',
  },
  sections: {
    editor: {
      title: '画像エディター',
      empty:
        'リッチメニューとリッチメッセージの画像をここで作成します。LINEのテンプレートを選び、各エリアに写真を配置し、文字を入れてタップ領域のアクションを設定すると、LINEにそのまま使えるファイルを書き出せます。',
    },
    campaigns: {
      title: 'メッセージ配信',
      empty:
        'ここで配信を計画します。メッセージを作成し、配信先を選び、A/Bテストを設定して、カレンダーで配信日時を決めます。',
    },
    audiences: {
      title: 'オーディエンス',
      empty:
        'ここでオーディエンスを作成します。ユーザーIDのアップロード、友だちへのタグ付け、メッセージを開封またはクリックした人へのリターゲティング、AND・OR・NOTによる組み合わせができます。',
    },
    quota: {
      title: 'メッセージ通数',
      empty: '予定している配信ごとの消費通数、今月の残り通数、上限に達する見込みの日をここで確認できます。',
    },
    sync: {
      title: 'LINEと同期',
      empty:
        'LINE上で変更される内容をここで確認し、オンラインのときに送信します。アプリが異常終了しても二重に送信されることはありません。',
    },
    settings: {
      title: '設定',
    },
  },
  settings: {
    language: '言語',
    languageSystem: 'システムと同じ（{{language}}）',
    languageSaveFailed: '言語を変更できませんでした：{{message}}',
    channels: 'アカウント（LINE公式アカウント）',
    channelKind: {
      sandbox: 'ローカルのサンドボックス：実際には送信せずに練習できます',
      line: 'LINE公式アカウント',
    },
    about: 'このアプリについて',
    version: 'バージョン',
    shell: '実行形態',
    shellName: {
      electron: 'デスクトップアプリ',
      browser: 'ブラウザモード',
    },
    dataDirectory: 'データフォルダー',
    schemaVersion: 'データベースのスキーマバージョン',
  },
  menu: {
    file: 'ファイル',
    edit: '編集',
    view: '表示',
    window: 'ウインドウ',
    help: 'ヘルプ',
    settings: '設定…',
    language: '言語',
    languageSystem: 'システムと同じ',
    quit: 'OA Planner を終了',
    about: 'OA Planner について',
    goTo: '移動',
  },
  errors: {
    retry: '再試行',
  },
};
