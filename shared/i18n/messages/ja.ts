// Japanese UI strings.

import type { Messages } from './en';

export const ja: Messages = {
  app: {
    name: 'OA Planner',
    tagline: 'LINE公式アカウントの配信をオフラインで計画',
    loading: '読み込み中…',
    loadFailed: 'OA Planner を起動できませんでした：{{message}}',
    missingLaunchKey:
      '「{{command}}」が表示したアドレスからこのページを開いてください。そのアドレスには一回限りのキーが含まれています。',
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
      cli: 'コマンドライン',
    },
    dataDirectory: 'データフォルダー',
    schemaVersion: 'データベースのスキーマバージョン',
  },
  sandbox: {
    label: 'ローカル LINE サンドボックス',
    starting: 'ローカル LINE サンドボックスを起動しています…',
    running: '実行中：{{origin}}',
    friends: '友だち {{number}} 人',
    quota: '今月のメッセージ数：{{used}} / {{limit}}',
    quotaUnlimited: '今月のメッセージ数：{{used}}（上限なし）',
    failed: 'ローカル LINE サンドボックスを起動できませんでした：{{message}}',
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
  editor: {
    common: {
      cancel: 'キャンセル',
      close: '閉じる',
      dismiss: '閉じる',
      dismissAll: 'すべて閉じる',
    },
    defaults: {
      chatBarText: 'メニュー',
    },
    kind: {
      richmenu: 'リッチメニュー',
      imagemap: 'リッチメッセージ',
    },
    projects: {
      title: 'プロジェクト',
      new: '新規プロジェクト',
      none: 'プロジェクトはまだありません。「新規プロジェクト」から LINE のテンプレートで始めましょう。',
      open: '{{name}} を開く',
      openShort: '開く',
      name: '名前',
      rename: '名前を変更',
      renameTitle: 'プロジェクト名の変更',
      duplicate: '複製',
      moveToTrash: '{{name}} をゴミ箱に移動',
      trash: 'ゴミ箱（{{count}}）',
      trashTitle: 'ゴミ箱',
      trashEmpty: 'ゴミ箱は空です。',
      restore: '元に戻す',
      deleteForever: '完全に削除',
      deleteForeverConfirm: '「{{name}}」を完全に削除しますか？元に戻せません。',
      backToProjects: 'プロジェクト一覧へ戻る',
      updatedAt: '{{date}} に編集',
      trashedAt: '{{date}} にゴミ箱へ移動',
      tabs: 'メニュー数：{{count}}',
      loadFailed: 'プロジェクトを読み込めませんでした：{{message}}',
      actionFailed: '操作できませんでした：{{message}}',
    },
    newProject: {
      title: '新規プロジェクト',
      kind: '作るもの',
      size: 'サイズ（ピクセル）',
      imagemapSize:
        'リッチメッセージの幅は 1040 ピクセルです。カスタムグリッドの高さは 520〜2080 にできます。',
      layout: 'レイアウト',
      ratios: '列の比率 / 行の比率',
      ratiosHelp: '例：「1:2:1 / 1:1」は 3 列（中央が 2 倍の幅）、その下に同じ高さの 2 行です。',
      height: '高さ（ピクセル）',
      create: '作成',
      failed: 'プロジェクトを作成できませんでした：{{message}}',
    },
    workspace: {
      openFailed: 'プロジェクトを開けませんでした：{{message}}',
    },
    unsaved: {
      message: '最新の変更が保存されていない可能性があります。',
      failed: '保存に失敗しました。',
      timeout: 'エディターが {{seconds}} 秒以内に保存を確認できませんでした。',
      closeAnyway: 'このまま閉じる',
      keepOpen: '閉じない',
    },
    toolbar: {
      label: '編集ツール',
      undo: '元に戻す',
      redo: 'やり直す',
      mode: '編集モード',
      design: 'デザイン',
      areas: 'タップ領域',
      photo: '写真を追加',
      text: 'テキストを追加',
      verticalText: '縦書きテキストを追加',
      snapping: '端と中心にスナップ',
      zoomIn: '拡大',
      zoomOut: '縮小',
      zoomFit: '全体を表示',
      zoom100: '100% で表示',
      zoomLevel: '表示倍率 {{percent}}%（クリックで 100%）',
      shortcuts: 'キーボードショートカット',
      preview: 'プレビュー',
      export: '書き出し',
      saved: 'すべての変更を保存しました',
      saving: '保存中…',
      saveFailed: '保存されていません：{{message}}',
      uploading: '{{count}} 個のファイルを読み込み中…',
    },
    hints: {
      design: 'セルに写真をドロップするか、セルやレイヤーをクリックして編集します。',
      cellEmpty: 'ここに写真をドロップ、貼り付け、または選択すると、セル全体を埋めます。',
      cellPhoto: 'セル内をドラッグで写真を移動、スクロールで拡大・縮小します。',
      areas:
        'キャンバス上をドラッグしてタップ領域を描きます。領域はドラッグで移動、ハンドルでサイズ変更できます。',
    },
    shapes: {
      rect: '長方形',
      roundedRect: '角丸長方形',
      ellipse: '楕円',
      line: '線',
    },
    fonts: {
      tc: 'Noto Sans TC（繁体字中国語）',
      jp: 'Noto Sans JP（日本語）',
      thai: 'Noto Sans Thai（タイ語）',
      latin: 'Noto Sans（欧文）',
    },
    layers: {
      panel: 'レイヤーとレイアウト',
      tab: {
        layers: 'レイヤー',
        layout: 'レイアウト',
      },
      title: 'レイヤー',
      empty: 'レイヤーはまだありません。ツールバーからテキストや図形を追加できます。',
      cells: 'セル',
      cell: 'セル {{number}}',
      cellEmpty: '空',
      show: '{{name}} を表示',
      hide: '{{name}} を非表示',
      showShort: '表示',
      hideShort: '非表示',
      lock: '{{name}} をロック',
      unlock: '{{name}} のロックを解除',
      lockShort: 'ロック',
      unlockShort: 'ロック解除',
      rename: '名前を変更',
      renameHint: 'ダブルクリックで名前を変更',
      order: 'レイヤーの順序',
      front: '最前面へ',
      forward: '前面へ',
      backward: '背面へ',
      back: '最背面へ',
      delete: 'レイヤーを削除',
      defaultText: 'テキスト',
      defaultTextContent: 'テキストを入力',
      textOverflowBadge: 'テキストが枠からはみ出しています',
      layoutTitle: 'レイアウト',
      layoutHint: '同じサイズの別のレイアウトに切り替えます。写真とアクションは順番に新しいセルへ移ります。',
      layoutNone: 'このカスタムグリッドには、このサイズの別レイアウトがありません。',
    },
    props: {
      panel: 'プロパティ',
      canvas: 'キャンバス',
      canvasHint: 'セルをクリックして写真を入れるか、レイヤーをクリックして編集します。',
      background: '背景色',
      cellBackground: 'セルの色',
      clearBackground: '色なし',
      cellSize: '{{width}} × {{height}} px',
      choosePhoto: '写真を選択',
      replacePhoto: '写真を差し替え',
      removePhoto: '写真を削除',
      photoZoom: '写真の拡大率：{{percent}}%',
      resetPhoto: '位置をリセット',
      multiple: '{{count}} 個のレイヤーを選択中',
      duplicate: '複製',
      delete: '削除',
      position: '位置とサイズ',
      width: '幅',
      height: '高さ',
      widthShort: '幅',
      heightShort: '高',
      rotation: '回転',
      opacity: '不透明度',
      lockedHint:
        'このレイヤーはロックされています。キャンバスで動かすには、レイヤーパネルでロックを解除してください。',
      text: 'テキスト',
      textContent: '本文',
      font: 'フォント',
      fontSize: 'サイズ',
      align: '揃え',
      alignHorizontal: {
        left: '左',
        center: '中央',
        right: '右',
      },
      alignVertical: {
        left: '上',
        center: '中央',
        right: '下',
      },
      bold: '太字',
      color: '色',
      lineHeight: '行間',
      vertical: '縦書き（上から下、右から左）',
      stroke: '縁取り',
      strokeColor: '縁取りの色',
      strokeWidth: '縁取りの太さ',
      shadow: '影',
      shadowColor: '影の色',
      shadowBlur: 'ぼかし',
      shadowX: '横のずれ',
      shadowY: '縦のずれ',
      fill: '塗り',
      fillColor: '塗りの色',
      outline: '枠線',
      cornerRadius: '角の半径',
      photo: '写真',
      aspectLock: 'サイズ変更時に縦横比を保つ',
    },
    menu: {
      title: 'リッチメニューの設定',
      name: 'メニュー名',
      nameHint: '管理用です。LINE のユーザーには表示されません。',
      chatBarText: 'メニューバーのテキスト',
      chatBarTextHint: 'メニューを開くバーに表示されます。最大 {{max}} 文字です。',
      selected: 'トーク画面を開いたときにメニューを表示する',
      alias: 'エイリアス（タブ切り替え用）',
      aliasHint:
        '他のメニューは、このエイリアスを指定した「メニュー切り替え」アクションでここへ切り替えます。',
    },
    imagemap: {
      title: 'リッチメッセージの設定',
      altText: '代替テキスト',
      altTextHint: '通知やトークリストで画像の代わりに表示されます。',
      baseUrl: 'ベース URL',
      baseUrlHint:
        '書き出したファイル 240 … 1040 を置く HTTPS のフォルダーです。空欄のまま後で入力もできます。',
      video: '動画（任意）',
      chooseVideo: 'MP4 動画を選択',
      replaceVideo: '動画を差し替え',
      choosePreview: 'プレビュー画像を選択',
      replacePreview: 'プレビュー画像を差し替え',
      removeVideo: '動画を削除',
      previewMissing: '続けて、再生前に表示するプレビュー画像を選んでください。',
      externalLink: '再生後にリンクを表示する',
      linkLabelHint: '最大 {{max}} 文字です。',
      videoLimit: '動画はその領域内で再生されます。リンクのラベルは最大 {{label}} 文字です。',
      videoCovers:
        '動画がタップエリア {{areas}} に重なっています。そこをタップすると動画が再生されます。動画を画像の空いている場所に移動するか、それらのエリアを動画の外に移動してください。',
      videoNoRoom:
        'タップエリアが画像全体を覆っているため、動画はタップエリア {{areas}} の上に置くしかありません。そこをタップすると動画が再生されます。エリアを小さくするか削除して場所を空け、そこへ動画を移動してください。',
      videoOnCanvas: '▶ 動画',
    },
    areas: {
      panel: 'タップ領域',
      title: 'タップ領域（{{count}}）',
      area: '領域 {{number}}',
      add: '領域を追加',
      delete: '領域 {{number}} を削除',
      resetToCells: 'セルごとに 1 つの領域',
    },
    actions: {
      type: 'タップしたとき',
      none: 'アクション未設定',
      label: 'ラベル',
      labelOptional: 'ラベル（任意）',
      labelHint: 'スクリーンリーダーが読み上げます。',
      uriHint: 'https://、line://、tel:、http:// のリンクが使えます。',
      messageHint: 'ユーザー自身のメッセージとして送信されます。',
      postbackHint: 'ボットに送られ、トークには表示されません。',
      switchHint: '切り替え先メニューのエイリアスです。',
      mode: '選ぶもの',
      modes: {
        date: '日付',
        time: '時刻',
        datetime: '日付と時刻',
      },
      types: {
        uri: 'リンクを開く',
        message: 'メッセージを送信',
        postback: 'ボットへポストバック',
        datetimepicker: '日時を選択',
        richmenuswitch: 'メニュー切り替え',
        clipboard: 'テキストをコピー',
        camera: 'カメラを起動',
        cameraRoll: 'カメラロールを開く',
        location: '位置情報を送信',
      },
    },
    checks: {
      title: 'チェック',
      errors: 'エラー：{{count}}',
      warnings: '警告：{{count}}',
      allGood: 'LINE に出せます。直すところはありません。',
      thisMenuGood: '{{name}}：直すところはありません。',
      show: '表示',
    },
    tabs: {
      label: 'このプロジェクトのメニュー',
      menu: 'メニュー {{number}}',
      alias: '{{alias}}',
      add: 'メニューを追加',
      remove: '{{name}} を削除',
    },
    import: {
      notImage: '{{file}} は PNG・JPEG・WebP・GIF 画像ではありません。これらの形式の写真を選んでください。',
      svg: '{{file}} は SVG 図形で、LINE では表示できません。先に PNG で書き出してください。',
      empty: '{{file}} は空のファイル（0 バイト）です。もう一度選び直してください。',
      tooLarge: '{{file}} は大きすぎます。小さいファイルを使ってください。',
      notMp4: '{{file}} は MP4 動画ではありません。先に MP4 に変換してください。',
      failed: '{{file}} を読み込めませんでした：{{message}}',
      placedAsLayer: '空いているセルがないため、{{file}} はレイヤーとして配置しました。',
    },
    export: {
      title: 'LINE 用に書き出し',
      format: '画像形式',
      richMenuHint:
        'メニューのサイズちょうどで 1 MB 以下に圧縮した画像と、リッチメニューの JSON を書き出します。',
      imagemapHint:
        '240・300・460・700・1040 の 5 つの幅（拡張子なし、各 10 MB 以下）とメッセージ JSON を 1 つのフォルダーに書き出します。',
      folder: 'フォルダー',
      folderDefault: '既定：データフォルダー内の「exports」',
      blocked: '先に上の問題を直してください。',
      run: '書き出す',
      running: '書き出し中…',
      done: '書き出しました。ファイルの場所：',
      failed: '書き出しに失敗しました：{{message}}',
      quality: '{{name}}：JPEG 品質 {{quality}}、{{size}}',
      pngPalette: '{{name}}：容量に収めるため PNG を {{colours}} 色に減色、{{size}}',
      pngFull: '{{name}}：フルカラー PNG、{{size}}',
      suggestJpeg: 'この色数では写真に縞やまだらが出ます。すべての色を保てる JPEG で書き出してください。',
      download: '.zip でダウンロード',
      downloadFailed: 'ダウンロードが始まりませんでした。もう一度書き出してからダウンロードしてください。',
      downloadHint: '書き出したフォルダーを 1 つの zip ファイルとしてブラウザーが保存します。',
    },
    preview: {
      title: 'スマートフォンでのプレビュー',
      tapHint: '画像をタップすると、どの領域に当たり何が起きるかを表示します。',
      tapped: '領域 {{number}}：{{action}}',
      noArea: 'ここにはタップ領域がないため、何も起きません。',
      switched: 'メニュー「{{alias}}」に切り替えました。',
      switchMissing: 'このプロジェクトにはエイリアス「{{alias}}」のメニューがありません。',
      collapse: 'メニューを閉じる',
      expand: 'メニューを開く',
      accountName: 'あなたの公式アカウント',
      sampleMessage: '友だち追加ありがとうございます！',
      playVideo: '動画を再生',
      replay: 'もう一度再生',
      videoPlaying: 'LINE と同じように、動画はその領域で再生されます。',
      videoEnded: '動画の再生が終わりました。',
      videoEndedLink: '動画の再生が終わりました。LINE ではここでリンクが表示されます。',
      videoLink: '「{{label}}」で {{uri}} を開きます',
      videoFailed: 'この動画はここでは再生できません。LINE で再生できるのは MP4（H.264）の動画です。',
    },
    shortcuts: {
      title: 'キーボードショートカット',
      undo: '元に戻す',
      redo: 'やり直す',
      delete: '選択したものを削除',
      duplicate: '複製',
      nudge: '1 ピクセル移動',
      nudgeFar: '10 ピクセル移動',
      zoomFit: '全体を表示',
      zoom100: '100% で表示',
      zoomInOut: '拡大／縮小',
      zoomWheel: 'ポインターを中心に拡大縮小',
      addText: 'テキストを追加',
      addVerticalText: '縦書きテキストを追加',
      toggleAreas: 'デザインとタップ領域を切り替え',
      preview: 'スマートフォンでのプレビュー',
      multiSelect: '複数のレイヤーを選択',
      escape: 'ドラッグを取り消す、または選択を解除',
      paste: '写真を貼り付け',
      shortcuts: 'この一覧',
    },
    lint: {
      inArea: 'エリア {{area}}：{{message}}',
      'area-overlap':
        'エリア {{area}} がエリア {{other}} と {{width}}×{{height}} px 重なっているため、そこをタップするとどちらが反応するかわかりません。どちらかを移動するかサイズを変えてください。',
      'area-out-of-bounds':
        'エリア {{area}} が {{canvasWidth}}×{{canvasHeight}} の画像からはみ出しています。画像内に収まるように移動するか小さくしてください。',
      'area-too-small':
        'エリア {{area}} は {{width}}×{{height}} px で、スマートフォンではタップしにくい大きさです。{{min}}×{{min}} px 以上にしてください。',
      'area-empty':
        'エリア {{area}} に大きさがありません（{{width}}×{{height}} px）。描き直すか削除してください。',
      'too-many-areas':
        'タップエリアが {{count}} 個ありますが、LINE では最大 {{max}} 個です。いくつか削除するかまとめてください。',
      'no-areas':
        'タップエリアがないため、画像をタップしても何も起きません。エリアを描くか、テンプレートから始めてください。',
      'action-missing':
        'エリア {{area}} にアクションが設定されていません。タップしたときの動作を選んでください。',
      'action-not-allowed':
        'エリア {{area}} は「{{type}}」アクションを使っていますが、この種類の画像では使えません。別のアクションを選んでください。',
      'field-required': '「{{field}}」が空です。入力してください。',
      'field-too-long':
        '「{{field}}」は {{length}} 文字ですが、LINE では {{max}} 文字までです。短くしてください。',
      'uri-invalid':
        '「{{field}}」（{{uri}}）は完全なリンクではありません。https://example.com/page のように省略せずに入力してください。',
      'uri-scheme':
        '「{{field}}」の「{{scheme}}:」で始まるリンクは LINE で使えません。次のいずれかで始まるリンクにしてください：{{allowed}}。',
      'alias-format':
        'エイリアス「{{alias}}」には a–z、0–9、「-」、「_」のみ、{{max}} 文字まで使えます。名前を変えてください。',
      'alias-unknown':
        'エリア {{area}} はエイリアス「{{alias}}」に切り替えますが、このセットにそのエイリアスを持つメニューはありません。いずれかのメニューにそのエイリアスを付けるか、別のものを選んでください。',
      'datetime-format':
        '「{{field}}」（{{value}}）は有効な値ではありません。{{example}} の形式で入力してください。',
      'datetime-order':
        '日時の範囲の順序が正しくありません（最も早い {{min}}、最も遅い {{max}}）。最も早い ≤ 初期値 ≤ 最も遅い にしてください。',
      'canvas-size':
        '画像のサイズ {{width}}×{{height}} px は LINE で使えません。テンプレートから作り直してください。',
      'base-url-missing':
        'ベース URL が未設定です。書き出すとプレースホルダーが入るので、画像を置く Web フォルダーの URL に置き換えてください。',
      'base-url-not-https':
        'ベース URL {{url}} は https:// で始まる必要があります。画像を HTTPS サーバーに置いてください。',
      'base-url-extension':
        'ベース URL {{url}} は「{{segment}}」のようなファイル名で終わってはいけません。240 … 1040 のファイルを置くフォルダーを指定してください。',
      'base-url-trailing-slash':
        'ベース URL {{url}} が「/」で終わっています。削除してください。LINE が「/1040」などの幅を自動で付けます。',
      'video-area-out-of-bounds':
        '動画エリアが {{canvasWidth}}×{{canvasHeight}} の画像からはみ出しています。画像内に収まるように移動するか小さくしてください。',
      'video-area-overlap':
        'エリア {{area}} が動画と重なっているため、そこをタップすると動画が再生されます。エリアを動画の外に移動してください。',
      'photo-upscaled':
        'セル {{cell}} の写真が元の画素の {{scale}}% で表示されているため（{{width}}×{{height}} px）、スマートフォンではぼやけて見えます。写真を縮小するか、{{needWidth}}×{{needHeight}} px 以上の写真を使ってください。',
      'layer-photo-upscaled':
        '写真「{{layer}}」が元の画素の {{scale}}% で表示されているため（{{width}}×{{height}} px）、スマートフォンではぼやけて見えます。小さくするか、{{needWidth}}×{{needHeight}} px 以上の写真を使ってください。',
      'video-no-room':
        'タップエリアが画像全体を覆っているため、動画はエリア {{areas}} に重ねるしかなく、そこをタップすると動画が再生されます。動画専用の場所を作るには、エリアを小さくするか削除して、空いた場所に動画を移動してください。',
      'text-overflow':
        'テキスト「{{layer}}」が枠に収まっていません。{{width}}×{{height}} px 必要ですが、枠は {{boxWidth}}×{{boxHeight}} px のため、一部が切れるか周りに重なっています。枠を大きくするか、文字を小さくするか短くしてください。',
      fields: {
        label: 'ラベル',
        uri: 'リンク',
        text: 'メッセージ本文',
        data: 'ポストバックデータ',
        displayText: '表示テキスト',
        clipboardText: 'コピーするテキスト',
        richMenuAliasId: '切り替え先エイリアス',
        initial: '初期値',
        min: '最も早い日時',
        max: '最も遅い日時',
        name: 'メニュー名',
        chatBarText: 'メニューバーのテキスト',
        aliasId: 'エイリアス',
        altText: '代替テキスト',
        baseUrl: 'ベース URL',
        linkUri: '動画再生後のリンク',
        linkLabel: '動画再生後のリンクのラベル',
      },
    },
    templates: {
      grid3x2: '6 分割（3 × 2）',
      grid2x2: '4 分割（2 × 2）',
      wideTopThreeBelow: '上に横長、下に 3 つ',
      wideTopTwoBelow: '上に横長、下に 2 つ',
      wideLeftTwoRight: '左に大、右に 2 つ',
      twoRows: '上下 2 分割',
      twoColumns: '左右 2 分割',
      full: '1 枚画像',
      threeColumns: '3 列',
      narrowLeftWideRight: '左が狭く右が広い',
      wideLeftNarrowRight: '左が広く右が狭い',
      fourColumns: '4 列',
      threeRows: '3 段',
      grid2x3: '6 分割（2 × 3）',
      grid3x3: '9 分割（3 × 3）',
      twoAboveWideBottom: '上に 2 つ、下に横長',
      custom: 'カスタムグリッド',
      richMenuLarge: 'リッチメニュー（大）',
      richMenuCompact: 'リッチメニュー（小）',
      imagemap: 'リッチメッセージ',
    },
    errors: {
      'grid-spec-empty': 'グリッドが空です。「1:2:1 / 1:1」のように列の比率を入力してください。',
      'grid-spec-axes':
        '「{{spec}}」に「/」が 2 つ以上あります。列、「/」、行の順に「1:2:1 / 1:1」のように入力してください。',
      'grid-spec-part':
        '{{axis}}の「{{part}}」は比率ではありません。{{max}} 以下の正の数を「:」で区切って「1:2:1」のように入力してください。',
      'grid-spec-too-many-cells':
        'このグリッドは {{count}} マスですが、ここでは LINE のタップエリアは最大 {{max}} 個です。列か行を減らしてください。',
      'canvas-size-invalid':
        'ここでは {{width}}×{{height}} px の画像は LINE で使えません。一覧のサイズから選んでください。',
      'imagemap-height-range':
        '高さ {{height}} px は {{min}}–{{max}} px の範囲外です。この範囲の高さを選んでください。',
      axis: {
        columns: '列',
        rows: '行',
      },
    },
  },
  audiences: {
    noChannel: 'オーディエンスを計画するには、設定でチャネルを選んでください。',
    countOfMax: 'オーディエンス {{n}} / {{max}}（LINE のチャネルあたりの上限）',
    full: 'このチャネルには LINE の上限である {{max}} 件のオーディエンスがあります。追加するには 1 件削除してください。',
    common: {
      cancel: 'キャンセル',
      close: '閉じる',
      delete: '削除',
      save: '保存',
    },
    kind: {
      upload: 'ユーザー ID アップロード',
      chatTag: 'チャットタグ',
      click: 'クリックリターゲティング',
      impression: 'インプレッションリターゲティング',
      line: 'LINE から取得',
    },
    status: {
      local: '未同期',
      inProgress: '処理中',
      ready: '利用可能',
      failed: '失敗',
      expired: '期限切れ',
    },
    failureReason: {
      tooFew: '人数不足',
      badFile: 'ファイル不正',
      internal: 'LINE 内部エラー',
    },
    idKind: {
      userId: 'LINE ユーザー ID',
      ifa: 'IFA（広告識別子）',
    },
    nameProblem: {
      blank: '名前を入力してください。',
      'too-long': '120 文字以内にしてください。',
      'control-characters': '名前にタブや改行は使えません。',
      taken: '同じ名前がすでにあります。',
    },
    list: {
      title: 'このチャネルのオーディエンス',
      empty:
        'オーディエンスはまだありません。ユーザー ID のファイルを取り込むか、友だちにタグを付けるか、配信をリターゲティングしてください。',
      name: '名前',
      kind: '種類',
      size: '人数',
      status: '状態',
      expiry: '有効期限',
      actions: '操作',
      estimated: '推定',
      daysLeft: '残り {{days}} 日',
      expiresAfterSync: '同期から 180 日',
      noExpiry: '期限なし',
      noExpiryChatTag: '同期後、期限前に更新',
      refreshDue: '{{date}} までに更新',
      readOnly: '読み取り専用',
      deleteNamed: '{{name}} を削除',
      confirmDelete: 'オーディエンス「{{name}}」を削除しますか？元に戻せません。',
      rename: '名前を変更',
      renameNamed: '{{name}} の名前を変更',
      renameLabel: '{{name}} の新しい名前',
    },
    import: {
      open: 'ユーザー ID を取り込む…',
      title: 'ユーザー ID の取り込み',
      into: '取り込み先',
      newAudience: '新しいオーディエンス',
      existingAudience: '既存のオーディエンス（ID を追加）',
      name: 'オーディエンス名',
      nameHint: '120 文字以内。',
      nameNeeded: '新しいオーディエンスの名前を入力してください。',
      audience: 'オーディエンス',
      chooseAudience: '追加先のオーディエンスを選んでください。',
      file: 'TXT または CSV ファイル',
      fileHint: '1 行に 1 つの LINE ユーザー ID または IFA、または CSV の 1 列。最大 {{limit}}。',
      fileChosen: 'サイズ：{{size}}',
      chooseFile: '取り込むファイルを選んでください。',
      column: 'CSV の列（番号または見出し）',
      columnAuto: '自動',
      start: '取り込む',
      uploading: '{{file}} を読み込み中…',
      saving: '{{file}} をまとめて保存中…',
      progressLabel: '取り込みの進行状況',
      progress: '{{percent}}% · {{sent}} / {{total}} · {{lines}} 行',
    },
    report: {
      imported: '「{{name}}」の ID は {{n}} 件になりました。',
      valid: '有効な行',
      added: '追加した ID',
      duplicates: '削除した重複',
      alreadyIn: 'すでにオーディエンスにある',
      invalid: '無効な行',
      lines: '読み込んだ行',
      header: '見出し行（行番号）',
      idKind: 'ID の種類',
      invalidAll: '無効な行',
      invalidFirst: '無効な行 {{total}} 件のうち最初の {{shown}} 件',
      line: '行',
      reason: '問題',
      text: '内容',
      download: 'レポートをダウンロード（CSV）',
    },
    invalidReason: {
      empty: '空のセル',
      notAnId: 'ユーザー ID でも IFA でもない',
      userIdUppercase: 'ユーザー ID は小文字で書きます',
      userIdLength: 'ユーザー ID の長さが違う（U + 32 文字）',
      ifaFormat: 'IFA に 0–9、a–f 以外の文字がある',
      nonAscii: 'ID にない文字を含む',
    },
    failure: {
      empty: '{{file}} は空です。取り込む ID がありません。',
      binary:
        '{{file}} はテキストファイルではありません（{{line}} 行目）。ID を TXT か CSV で書き出してください。',
      noValidIds: '{{file}} に有効な ID がありません。何も取り込んでいません。無効な行は下のとおりです。',
      mixedKinds:
        '{{file}} の {{line}} 行目は{{found}}ですが、このオーディエンスは{{expected}}です。1 つのオーディエンスに両方は混在できません。何も取り込んでいません。',
      tooManyIds: '{{file}} を取り込むとオーディエンスが {{limit}} 件を超えます。何も取り込んでいません。',
      columnNotFound: '{{file}} の見出し行に「{{column}}」列がありません。',
      tooLarge:
        '{{file}} は {{size}} です。{{limit}} を超えるファイルは取り込めません。分割して順に追加してください。',
      readError: '{{file}} を最後まで読めませんでした（{{detail}}）。何も取り込んでいません。',
      cancelled: '取り込みをキャンセルしました。何も取り込んでいません。',
    },
    tags: {
      open: 'チャットタグ…',
      title: 'チャットタグ',
      intro:
        'タグはこのコンピューター上で友だちのユーザー ID に付けます。LINE の API ではチャットタグのオーディエンスを作れないため、同期時にユーザー ID のオーディエンスとしてアップロードします。',
      newTag: '新しいタグ',
      add: 'タグを追加',
      none: 'タグはまだありません。',
      listLabel: 'タグ（チェックして友だちに付ける、またはオーディエンスを作る）',
      friends: '友だち {{n}} 人',
      rename: '名前を変更',
      tagByHand: '友だちにタグを付ける',
      userIds: 'ユーザー ID（1 行に 1 つ）',
      applyChosen: 'チェックしたタグを付ける',
      tagged: 'タグを {{n}} 件付けました。',
      importFile: 'または「userId,タグ1;タグ2」形式のファイルを取り込む',
      fileHint: '存在しないタグは作成されます。最大 4 MB。',
      fileTooLarge: 'タグのファイルは 4 MB までです。',
      imported: '友だち {{friends}} 人に {{tags}} 個のタグを付けました。無効な行 {{invalid}} 件 {{lines}}',
      makeAudience: 'チェックしたタグからオーディエンスを作る',
      match: '対象の友だち',
      any: 'いずれかのタグを持つ',
      all: 'すべてのタグを持つ',
      create: 'オーディエンスを作成',
      audienceMade: '「{{name}}」を友だち {{n}} 人で作成しました。',
      syncNote:
        'アップロードのオーディエンスとして同期され、LINE では 180 日保持されます。期限前に更新します。',
    },
    retargeting: {
      open: '配信をリターゲティング…',
      title: 'クリック・インプレッションリターゲティング',
      noBroadcasts:
        '計画中の配信はまだありません。リターゲティングには送信済みの一斉配信またはナローキャストが必要です。キャンペーンで計画してください。',
      kind: '対象',
      broadcast: '配信',
      notSent: 'この配信の送信後に使えます（LINE にはリクエスト ID が必要です）。',
      tooOld: '送信から 60 日を過ぎたため、LINE では使えません。',
      url: 'このリンクのクリックのみ（任意）',
      anyUrl: 'メッセージ内のすべてのリンク',
      openRate: '想定開封率（%）',
      clickRate: '想定クリック率（%）',
      create: 'オーディエンスを作成',
      belowMinimum: '50 人未満では LINE でこのオーディエンスを使えません。',
    },
    builder: {
      title: 'オーディエンスの組み合わせ',
      intro:
        'ナローキャストの配信先を作ります。最大 {{max}} 件のオーディエンスと再配信を AND、OR、NOT で組み合わせます。メンバーがわかる場合は正確な人数、それ以外は推定です。',
      combine: '対象の友だち',
      operator: '組み合わせ方',
      groupOperator: 'このグループの組み合わせ方',
      and: 'すべてに該当（AND）',
      or: 'いずれかに該当（OR）',
      not: 'NOT',
      operand: 'オーディエンス',
      choose: 'オーディエンスを選択…',
      audiences: 'オーディエンス',
      redelivery: '再配信（ナローキャストの配信先）',
      remove: '削除',
      group: 'グループ',
      addToGroup: 'グループに追加',
      addOperand: 'オーディエンスを追加',
      addGroup: 'グループを追加',
      reach: '友だち数（ターゲットリーチ）',
      reachUnknown: '不明',
      operands: '条件 {{n}} / {{max}}',
      counting: '計算中…',
      nothing: 'オーディエンスを選ぶと人数が表示されます。',
      exact: '友だち {{n}} 人（正確）',
      estimate: '約 {{expected}} 人（範囲 {{low}} – {{high}}）',
      atLeast: '少なくとも {{low}} 人（残りは友だち数を入力すると推定します）',
      between: '{{low}} 人から {{high}} 人',
    },
    problem: {
      emptyOperator: 'オーディエンスのないグループがあります。',
      tooManyOperands: '条件が {{n}} 件あります。ナローキャストは最大 {{max}} 件です。',
      unknownAudience: '存在しないオーディエンスがあります。',
      unknownBroadcast: '存在しない配信があります。',
      audienceFailed: '「{{name}}」は LINE で失敗しました。',
      audienceExpired: '「{{name}}」は期限切れです。',
      audienceNotReady: '「{{name}}」は LINE でまだ利用できません。新しいオーディエンスは数時間かかります。',
      audienceBelowMinimum:
        '「{{name}}」は {{minimum}} 人未満かもしれません。複数を組み合わせる場合、それぞれ {{minimum}} 人必要です。',
      retargetingNotSent: '「{{name}}」のリターゲティング元の配信はまだ送信されていません。',
      retargetingTooOld: '「{{name}}」のリターゲティング元の配信は 60 日以上前に送信されました。',
      redeliveryNotNarrowcast: '再配信はナローキャストでのみ使えます（「{{name}}」）。',
      redeliveryNotSent: '「{{name}}」はまだ送信されていないため再配信できません。',
      redeliveryTooOld: '「{{name}}」は送信から 14 日を過ぎたため、LINE では再配信できません。',
      resultBelowMinimum: '配信先が {{minimum}} 人未満です。LINE はこの人数のナローキャストを送信しません。',
    },
  },
  campaigns: {
    problemLine: '{{path}}：{{problem}}{{fix}}',
    kind: {
      broadcast: 'ブロードキャスト',
      narrowcast: 'ナローキャスト',
      multicast: 'マルチキャスト',
      push: 'プッシュメッセージ',
    },
    status: {
      draft: '下書き',
      ready: '準備完了',
      scheduled: '予約済み',
      sending: '配信中',
      sent: '配信済み',
      failed: '配信失敗',
    },
    field: {
      recipient: '配信先',
      filter: '属性絞り込み',
      limit: '配信数の上限',
      to: 'ユーザーID',
      abTest: 'ABテスト',
    },
    dimension: {
      gender: '性別',
      age: '年齢',
      appType: 'OS',
      area: '地域',
      subscriptionPeriod: '友だち期間',
    },
    abTest: {
      variant: 'パターン{{letter}}',
      winner: '勝者のパターン',
    },
    reach: {
      unknown: '配信数を推定できません：「メッセージ通数」で友だちの統計を入力してください。',
      exact: '配信先 {{expected}} 人（確定）',
      approximate: '約 {{expected}} 人の友だち（推定値。最大 {{days}} 日前のデータに基づく。{{asOf}} 時点）',
      approximateRange:
        '約 {{expected}} 人の友だち（{{low}}～{{high}}。推定値。最大 {{days}} 日前のデータに基づく。{{asOf}} 時点）',
    },
    rules: {
      'messages-missing': {
        problem: '配信する吹き出しがありません。',
        fix: 'テキスト、画像、リッチメッセージ、動画、スタンプ、Flex の吹き出しを 1～{{max}} 個追加してください。',
      },
      'messages-too-many': {
        problem: '吹き出しが {{count}} 個あります。LINE が 1 回に送れるのは {{max}} 個までです。',
        fix: '{{max}} 個以下になるまで吹き出しを削除してください。',
      },
      'messages-beside-ab-test': {
        problem: 'ABテストでは各パターンが吹き出しを持つため、これらの吹き出しは配信されません。',
        fix: 'これらの吹き出しをパターンに移すか、削除してください。',
      },
      'text-empty': {
        problem: 'テキストが空です。',
        fix: 'テキストを入力するか、この吹き出しを削除してください。',
      },
      'text-too-long': {
        problem:
          'テキストは UTF-16 で {{length}} 単位あります。LINE の上限は {{max}} です（🍎 などの絵文字は 2 と数えます）。',
        fix: '{{max}} 単位以内に短くするか、2 つの吹き出しに分けてください。',
      },
      'emoji-too-many': {
        problem: 'LINE絵文字が {{count}} 個あります。1 つのテキストに使えるのは {{max}} 個までです。',
        fix: '{{max}} 個以下になるまで LINE絵文字を削除してください。',
      },
      'emoji-not-on-placeholder': {
        problem: '{{emoji}} 番目の LINE絵文字の位置は {{index}} ですが、そこに「$」がありません。',
        fix: 'ピッカーで絵文字を入れ直すか、削除してください。',
      },
      'emoji-duplicate-index': {
        problem: '{{emoji}} 番目の LINE絵文字が {{first}} 番目と同じ「$」（位置 {{index}}）にあります。',
        fix: 'どちらか一方を削除してください。',
      },
      'emoji-id-missing': {
        problem: '{{emoji}} 番目の LINE絵文字にプロダクト ID または絵文字 ID がありません。',
        fix: 'ピッカーで絵文字を選び直してください。',
      },
      'device-dependent-character': {
        problem:
          '文字 {{character}}（{{index}} 文字目、{{line}} 行目 {{column}} 文字目）は一部の端末でしか表示されない機種依存文字で、一斉配信には使えません。',
        fix: '削除するか、ピッカーの LINE絵文字に置き換えてください。',
      },
      'url-not-https': {
        problem: '「{{url}}」は HTTPS のアドレスではありません。LINE は画像と動画を HTTPS でのみ取得します。',
        fix: 'ファイルを https:// のアドレスに置いてください。',
      },
      'url-too-long': {
        problem: 'アドレスが {{length}} 文字あります。LINE の上限は {{max}} 文字です。',
        fix: '短いアドレスを使ってください。',
      },
      'url-not-a-url': {
        problem: '「{{url}}」は Web アドレスではありません。',
        fix: 'https:// で始まる完全なアドレスを入力してください。',
      },
      'url-wrong-format': {
        problem:
          'アドレスが「.{{extension}}」で終わっています。ここで LINE が受け付けるのは {{formats}} です。',
        fix: 'ファイルを {{formats}} に変換し、そのファイルにリンクしてください。',
      },
      'video-tracking-id': {
        problem: 'トラッキング ID が {{max}} 文字を超えているか、LINE が受け付けない文字を含んでいます。',
        fix: '英数字と - . = , + * ( ) % $ & ; : @ { } ! ? < > [ ] を {{max}} 文字以内で使ってください。',
      },
      'sticker-id': {
        problem: '「{{value}}」はスタンプ ID ではありません（LINE のスタンプ ID は数字です）。',
        fix: 'LINE の「送信可能なスタンプリスト」からパッケージ ID とスタンプ ID をコピーしてください。',
      },
      'imagemap-project-missing': {
        problem:
          'リッチメッセージがエディターのプロジェクト {{id}} を参照していますが、このチャネルにはありません。',
        fix: 'このチャネルのリッチメッセージのプロジェクトを選んでください。',
      },
      'imagemap-project-not-imagemap': {
        problem: '「{{name}}」はリッチメニューのプロジェクトで、リッチメッセージではありません。',
        fix: 'リッチメッセージ（イメージマップ）のプロジェクトを選んでください。',
      },
      'imagemap-project-trashed': {
        problem: 'プロジェクト「{{name}}」はゴミ箱にあります。',
        fix: 'エディターで元に戻すか、別のプロジェクトを選んでください。',
      },
      'imagemap-project-errors': {
        problem:
          'エディターのチェックで「{{name}}」に {{count}} 件の問題があり、このままでは書き出せません。',
        fix: 'エディターで開き、「チェック」に表示される問題を直してください。',
      },
      'imagemap-base-url-missing': {
        problem: 'ベース URL がありません。LINE には 5 つの画像サイズを置いたアドレスが必要です。',
        fix: '書き出したファイル 240～1040 をアップロードした https:// のフォルダーを入力してください。',
      },
      'imagemap-base-url-extension': {
        problem:
          'ベース URL が「.{{extension}}」で終わっています。LINE は末尾に /240 … /1040 を付けるので、ファイルではなくフォルダーを指す必要があります。',
        fix: 'ファイル名を削除し、フォルダーで終わるアドレスにしてください。',
      },
      'imagemap-base-url-trailing-slash': {
        problem: 'ベース URL が「/」で終わっているため、LINE は「…//1040」を要求します。',
        fix: '最後の「/」を削除してください。',
      },
      'alt-text-missing': {
        problem: '代替テキストがありません。通知やトーク一覧ではメッセージの代わりにこれが表示されます。',
        fix: 'メッセージの短い説明を書いてください。',
      },
      'alt-text-too-long': {
        problem: '代替テキストが {{length}} 文字あります。LINE の上限は {{max}} 文字です。',
        fix: '{{max}} 文字以内に短くしてください。',
      },
      'flex-property-missing': {
        problem: 'ここに「{{property}}」がありません。LINE の Flex スキーマでは必須です。',
        fix: '「{{property}}」を追加するか、Flex Message Simulator から JSON を貼り直してください。',
      },
      'flex-wrong-type': {
        problem: 'LINE の Flex スキーマでは、ここは JSON の {{expected}} である必要があります。',
        fix: '値を直すか、Flex Message Simulator から JSON を貼り直してください。',
      },
      'flex-value-not-allowed': {
        problem: 'LINE の Flex スキーマでは、ここにこの値は使えません。',
        fix: '次のいずれかを使ってください：{{allowed}}。',
      },
      'flex-invalid': {
        problem: 'LINE の Flex スキーマがこの内容を受け付けません：{{detail}}。',
        fix: '内容を直すか、Flex Message Simulator から JSON を貼り直してください。',
      },
      'flex-bubble-count': {
        problem: 'カルーセルにバブルが {{count}} 個あります。1～{{max}} 個である必要があります。',
        fix: 'カルーセルのバブルを 1～{{max}} 個にするか、2 つの Flex メッセージに分けてください。',
      },
      'flex-too-large': {
        problem: 'この Flex の JSON は {{bytes}} バイトです。LINE の上限は {{max}} バイトです。',
        fix: '{{max}} バイト以下になるまで、コンポーネントを減らすかテキストを短くしてください。',
      },
      'field-not-for-kind': {
        problem: '{{kind}}には{{field}}がないため、使われません。',
        fix: '{{field}}を削除するか、配信方法を変えてください。',
      },
      'recipient-empty-group': {
        problem: 'この AND / OR グループは空です。',
        fix: 'グループにオーディエンスを追加するか、グループを削除してください。',
      },
      'recipient-too-many-operands': {
        problem:
          '配信先がオーディエンスと再配信を {{count}} 個組み合わせています。LINE では 1 回に {{max}} 個までです。',
        fix: '組み合わせを減らすか、一部を 1 つのアップロードオーディエンスにまとめてください。',
      },
      'audience-unknown': {
        problem: 'オーディエンス {{id}} はこのチャネルにありません（削除されましたか？）。',
        fix: '別のオーディエンスを選んでください。',
      },
      'audience-failed': {
        problem: 'LINE でオーディエンス「{{name}}」の作成に失敗しました。',
        fix: '「オーディエンス」で理由を確認し、作り直すか別のオーディエンスを選んでください。',
      },
      'audience-expired': {
        problem:
          'オーディエンス「{{name}}」は有効期限が切れています（LINE はオーディエンスを 180 日間保持します）。',
        fix: 'オーディエンスを作り直すか、別のオーディエンスを選んでください。',
      },
      'audience-expires-before-send': {
        problem: 'オーディエンス「{{name}}」はこの配信の前に有効期限が切れます。',
        fix: '配信を早めるか、配信前にオーディエンスを作り直してください。',
      },
      'audience-not-ready': {
        problem:
          'オーディエンス「{{name}}」は配信時刻に LINE で利用可能になっていない可能性があります。新しいオーディエンスには数時間かかります（{{hours}} 時間を見込んでください）。',
        fix: '今すぐオーディエンスを同期するか、作成から {{hours}} 時間以上あとに配信してください。',
      },
      'audience-ids-mixed': {
        problem:
          '配信先に LINE ユーザー ID のオーディエンスと IFA（広告 ID）のオーディエンスが混在しています。1 つのメッセージに使えるのは 1 種類だけです。',
        fix: '同じ種類の ID のオーディエンスだけを使ってください。',
      },
      'audience-below-minimum': {
        problem:
          'オーディエンスを複数使う場合、それぞれが {{minimum}} 人以上必要です。「{{name}}」は不足している可能性が高く、LINE は配信を失敗させます。',
        fix: 'もっと大きなオーディエンスを使うか、このオーディエンスだけに配信してください。',
      },
      'retargeting-source-missing': {
        problem: '「{{name}}」がリターゲティングする配信はもう存在しません。',
        fix: '別のオーディエンスを選んでください。',
      },
      'retargeting-source-not-sent': {
        problem:
          '「{{name}}」は「{{source}}」をリターゲティングしますが、それはこの配信より前に配信済みでも予定済み（準備完了または予約済み）でもありません。',
        fix: '「{{source}}」をもっと前に予定して準備完了にするか、この配信を遅らせてください。',
      },
      'retargeting-source-too-old': {
        problem:
          '「{{name}}」がリターゲティングする「{{source}}」はこの配信の {{days}} 日以上前に配信されています。LINE がリターゲティングできるのは直近 {{days}} 日の配信だけです。',
        fix: '「{{source}}」のあと早めに配信するか、新しい配信をリターゲティングしてください。',
      },
      'retargeting-likely-small': {
        problem:
          '「{{name}}」は約 {{expected}} 人になる見込みです。LINE は {{minimum}} 人未満のリターゲティングオーディエンスを使いません。',
        fix: 'もっと大きな配信をリターゲティングするか、クリックではなくインプレッションを使うか、OR でオーディエンスを加えてください。',
      },
      'redelivery-unknown': {
        problem: '再配信する配信 {{id}} はこのチャネルにありません。',
        fix: 'このチャネルのナローキャストを選んでください。',
      },
      'redelivery-not-narrowcast': {
        problem:
          '「{{source}}」はナローキャストではありません。LINE が再配信できるのはナローキャストだけです。',
        fix: 'ナローキャストを選ぶか、「{{source}}」のインプレッションオーディエンスを使ってください。',
      },
      'redelivery-not-sent': {
        problem:
          '「{{source}}」はこの配信より前に配信済みでも予定済み（準備完了または予約済み）でもありません。',
        fix: '「{{source}}」をもっと前に予定して準備完了にするか、この配信を遅らせてください。',
      },
      'redelivery-too-old': {
        problem:
          '「{{source}}」はこの配信の {{days}} 日以上前に配信されます。LINE が再配信できるのは直近 {{days}} 日のナローキャストだけです。',
        fix: '「{{source}}」から {{days}} 日以内に配信してください。',
      },
      'redelivery-likely-small': {
        problem:
          '「{{source}}」の再配信は約 {{expected}} 人に届く見込みです。LINE は {{minimum}} 人未満のナローキャストを失敗させます。',
        fix: 'OR でオーディエンスを加えるか、もっと大きなグループに配信してください。',
      },
      'recipients-below-minimum': {
        problem:
          '約 {{expected}} 人に届く見込みです。配信先が {{minimum}} 人未満の絞り込み配信は、LINE がいったん受け付けたあと失敗させます。',
        fix: 'オーディエンスまたは属性の条件を広げてください。',
      },
      'filter-needs-target-reach': {
        problem:
          '属性で絞り込むにはターゲットリーチが {{minimum}} 人以上必要です。このアカウントは {{targetReach}} 人です。',
        fix: 'ターゲットリーチが {{minimum}} 人以上になるまでは、すべての友だちかオーディエンスに配信してください。',
      },
      'filter-too-many-objects': {
        problem: '絞り込み条件が {{count}} 個あります。LINE の上限は {{max}} 個です。',
        fix: '条件をまとめて（複数の地域条件を 1 つのリストにするなど）{{max}} 個以下にしてください。',
      },
      'filter-empty-group': {
        problem: '絞り込みのこの AND / OR グループは空です。',
        fix: '条件を追加するか、グループを削除してください。',
      },
      'filter-no-values': {
        problem: '{{dimension}}の条件で何も選ばれていません。',
        fix: '値を 1 つ以上選ぶか、条件を削除してください。',
      },
      'filter-range-missing': {
        problem: '{{dimension}}の範囲に開始も終了もありません。',
        fix: '「以上」「未満」のどちらか、または両方を設定するか、条件を削除してください。',
      },
      'filter-range-order': {
        problem:
          '{{dimension}}の範囲が {{gte}} から始まり {{lt}} で終わっており、終了が開始より後になっていません。',
        fix: '開始を終了より小さくしてください。',
      },
      'filter-unknown-value': {
        problem: '「{{value}}」は LINE の{{dimension}}の値ではありません。',
        fix: 'リストから選んでください。',
      },
      'filter-shares-unknown': {
        problem: '友だちの統計に{{dimension}}の割合が入力されていないため、推定では全員を数えています。',
        fix: '「メッセージ通数」で LINE の統計の{{dimension}}の割合を入力してください。',
      },
      'limit-max-invalid': {
        problem: '配信数の上限 {{max}} が 1 以上の整数ではありません。',
        fix: '1 以上の整数を入力してください。',
      },
      'limit-max-below-minimum': {
        problem:
          '属性で絞り込む場合、配信数は {{minimum}} 人以上に設定する必要があります。現在は {{max}} です。',
        fix: '{{minimum}} 以上に設定するか、属性の絞り込みを外してください。',
      },
      'forbid-partial-without-quota': {
        problem:
          '「一部だけなら配信しない」は「残りの通数まで配信」と組み合わせたときだけ有効で、単独では LINE が拒否します。',
        fix: '「残りの通数まで配信」をオンにするか、これをオフにしてください。',
      },
      'user-ids-missing': {
        problem: '配信先のユーザー ID がありません。',
        fix: 'LINE のユーザー ID（U と 16 進数 32 桁）を追加してください。',
      },
      'user-ids-too-many': {
        problem: 'ユーザー ID が {{count}} 個あります。1 つの配信に使えるのは {{max}} 個までです。',
        fix: '複数の配信に分けるか、オーディエンスとしてアップロードしてナローキャストで配信してください。',
      },
      'push-needs-one': {
        problem: 'プッシュメッセージは 1 人のユーザーにだけ送ります。現在 {{count}} 人です。',
        fix: 'ユーザー ID を 1 つにするか、マルチキャストにしてください。',
      },
      'user-id-invalid': {
        problem: '{{entry}} 件目（「{{id}}」）は LINE のユーザー ID ではありません。',
        fix: 'LINE が発行する形式のユーザー ID（U と小文字の 16 進数 32 桁）を使ってください。',
      },
      'user-id-duplicate': {
        problem: '{{entry}} 件目は {{first}} 件目と重複しています（{{id}}）。',
        fix: '重複を削除してください。',
      },
      'title-empty': {
        problem: '配信にタイトルがありません。',
        fix: 'タイトルを付けてください。',
      },
      'title-too-long': {
        problem: 'タイトルが {{length}} 文字あります。{{max}} 文字までです。',
        fix: 'タイトルを短くしてください。',
      },
      'key-empty': {
        problem: '配信にキーがありません。',
        fix: 'キーを付けてください。配信ファイルやスクリプトはキーで配信を指定します。',
      },
      'key-too-long': {
        problem: 'キーが {{length}} 文字あります。{{max}} 文字までです。',
        fix: 'キーを短くしてください。',
      },
      'key-taken': {
        problem: 'このチャネルの別の配信がすでにキー「{{key}}」を使っています。',
        fix: '別のキーを選んでください。',
      },
      'send-time-past': {
        problem: '配信時刻 {{at}} は過去です。',
        fix: 'もっと後の時刻か、「次回の同期時」を選んでください。',
      },
      'friends-unknown': {
        problem: 'このチャネルの友だちの統計が入力されていないため、配信数を推定できません。',
        fix: '「メッセージ通数」で LINE の統計の友だち数、ブロック数、ターゲットリーチを入力してください。',
      },
      'ab-too-few-friends': {
        problem: 'ABテストにはターゲットの友だちが {{minimum}} 人以上必要です。今回は約 {{target}} 人です。',
        fix: 'ABテストなしで配信するか、配信先を広げてください。',
      },
      'ab-variant-count': {
        problem: 'ABテストのパターンは {{min}}～{{max}} 個です。現在 {{count}} 個あります。',
        fix: 'パターンを追加または削除してください。',
      },
      'ab-share-invalid': {
        problem: 'パターン {{variant}} の割合 {{share}} が 0 と 1 の間にありません。',
        fix: '0.1（10 %）のような割合を設定してください。',
      },
      'ab-shares-sum': {
        problem: 'パターンの合計がターゲットの {{percent}} % になり、勝者のパターンを送る相手が残りません。',
        fix: '合計が 100 % 未満になるよう割合を下げてください。',
      },
      'ab-decide-window': {
        problem:
          '{{hours}} 時間後に勝者を決めますが、LINE が統計を更新し、各パターンの配信先を除外できる期間（14 日）内の {{min}}～{{max}} 時間（整数）である必要があります。',
        fix: '待ち時間を {{min}}～{{max}} 時間にしてください（OA Manager は 72 時間でした）。',
      },
      'ab-variant-small': {
        problem:
          '{{variant}}は約 {{recipients}} 人にしか届きません。LINE は {{minimum}} 人未満の絞り込み配信を失敗させます。',
        fix: '割合を大きくするか、配信先を広げてください。',
      },
      'ab-winner-operands': {
        problem:
          '勝者のパターンは再配信で各パターンを除外するため、オーディエンスと再配信が合計 {{count}} 個になり、LINE の上限 {{max}} を超えます。',
        fix: 'パターンかオーディエンスを減らしてください。',
      },
    },
    fileTypes: {
      string: '文字列（引用符で囲む）',
      number: '数値',
      integer: '整数',
      boolean: 'true または false',
      object: 'オブジェクト（{ … }）',
      list: 'リスト（[ … ]）',
      stringOrNull: '文字列または null',
      stringOrList: 'ユーザー ID 1 つ、またはユーザー ID のリスト',
    },
    file: {
      'not-json': {
        problem: 'ファイルの {{line}} 行目 {{column}} 文字目が正しい JSON ではありません（{{detail}}）。',
        fix: 'そこの JSON を直すか（カンマや引用符の抜けがよくある原因です）、ファイルを書き出し直してください。',
      },
      type: {
        problem: 'ここは{{expected}}である必要があります。',
        fix: '値を直してください。',
      },
      'unknown-field': {
        problem: '「{{field}}」は配信ファイルのここで使える項目ではありません。',
        fix: '削除するか綴りを直してください。ここで使える項目は {{allowed}} です。',
      },
      required: {
        problem: '「{{field}}」がありません。',
        fix: '「{{field}}」を追加してください。',
      },
      'one-of': {
        problem: 'ここに「{{value}}」は使えません。',
        fix: '次のいずれかを使ってください：{{allowed}}。',
      },
      range: {
        problem: 'この値は {{min}} 以上である必要があります。',
        fix: '{{min}} 以上の数値を入力してください。',
      },
      empty: {
        problem: 'ここが空です。',
        fix: '入力してください。',
      },
      format: {
        problem: 'ファイルの形式が「{{format}}」ではなく「{{found}}」です。',
        fix: 'OA Planner が書き出した配信ファイル、または README の説明どおりに書いたファイルを読み込んでください。',
      },
      version: {
        problem:
          'ファイルはバージョン {{found}} です。この OA Planner が読めるのはバージョン {{supported}} です。',
        fix: 'OA Planner を更新するか、バージョン {{supported}} でファイルを書いてください。',
      },
      'channel-needed': {
        problem:
          'このデータフォルダーにはチャネルが {{count}} 個あり、ファイルはチャネルを指定していません。',
        fix: '--channel またはファイルの「channel」でチャネルを指定してください（{{channels}}）。',
      },
      'channel-unknown': {
        problem: 'チャネル「{{channel}}」はありません。',
        fix: '次のいずれかを使ってください：{{channels}}。',
      },
      'channel-mismatch': {
        problem: 'ファイルはチャネル「{{file}}」用ですが、「{{chosen}}」に読み込もうとしています。',
        fix: '「{{file}}」に読み込むか、ファイルの「channel」を変えてください。',
      },
      'time-zone': {
        problem: '「{{zone}}」は IANA のタイムゾーンではありません。',
        fix: 'Asia/Taipei、Asia/Tokyo、Asia/Bangkok などのタイムゾーンを使ってください。',
      },
      'at-format': {
        problem: '「{{value}}」は配信時刻ではありません。',
        fix: '2026-12-20T12:00（{{zone}} の現地時刻）、2026-12-20T12:00+08:00 のように時差付き、または次回の同期時なら null と書いてください。',
      },
      'at-no-such-time': {
        problem: '{{value}} は {{zone}} には存在しません（夏時間で時計が飛ばす時刻です）。',
        fix: '飛ばされる 1 時間以外の時刻を選んでください。',
      },
      'audience-unknown': {
        problem: 'このチャネルにオーディエンス「{{name}}」はありません。',
        fix: '先に「オーディエンス」で作成するか、名前を直してください。',
      },
      'project-unknown': {
        problem: 'このチャネルにエディターのプロジェクト「{{name}}」はありません。',
        fix: '名前を直すか、先にエディターでリッチメッセージを作ってください。',
      },
      'project-ambiguous': {
        problem: '「{{name}}」という名前のエディターのプロジェクトが {{count}} 個あります。',
        fix: 'エディターで名前を変え、同じ名前が 1 つだけになるようにしてください。',
      },
      'campaign-unknown': {
        problem: 'キー「{{key}}」の配信は、このチャネルにもファイルにもありません。',
        fix: 'キーを直すか、その配信をファイルに追加してください。',
      },
      'key-duplicate': {
        problem: 'キー「{{key}}」はこのファイルの {{first}} がすでに使っています。',
        fix: '配信ごとに別のキーを付けてください。',
      },
      'plan-id': {
        problem: '「{{id}}」はプラン ID ではありません。',
        fix: 'tw-2023-light のようなプランの ID を使ってください（oa-planner plans で一覧が出ます）。',
      },
      'plan-unknown': {
        problem: 'プラン「{{id}}」はありません。',
        fix: 'oa-planner plans が表示する ID のいずれかを使ってください。',
      },
      date: {
        problem: '「{{value}}」は日付ではありません。',
        fix: '2026-11-28 のように YYYY-MM-DD で書いてください。',
      },
      month: {
        problem: '「{{value}}」は月ではありません。',
        fix: '2026-12 のように YYYY-MM で書いてください。',
      },
      'blocks-over-followers': {
        problem: 'ブロック数 {{blocks}} が友だち数 {{followers}} を上回っています。',
        fix: 'LINE の統計の同じ日の数値を両方コピーしてください。',
      },
      share: {
        problem: '割合 {{share}} が 0 と 1 の間にありません。',
        fix: '割合は小数で書いてください（40 % なら 0.4）。',
      },
      'shares-sum': {
        problem: 'これらの割合の合計が {{percent}} % です。',
        fix: '合計が 100 % 以下になるようにしてください。',
      },
      operator: {
        problem: '演算子には「and」「or」「not」のうちちょうど 1 つが必要です。',
        fix: 'どれか 1 つだけにしてください。',
      },
      'too-deep': {
        problem: '入れ子が {{max}} 階層を超えています。',
        fix: 'グループの階層を減らしてください。',
      },
      'filter-value': {
        problem: '「{{value}}」はここで使える LINE の値ではありません。',
        fix: 'LINE の値を使ってください（README に一覧があります）。',
      },
      'locked-differs': {
        problem: '「{{key}}」は{{status}}のため変更できませんが、ファイルが変更しています。',
        fix: '書き出したとおりにするか、ファイルから削除するか、新しい計画に別のキーを付けてください。',
      },
      'locked-new': {
        problem:
          '「{{key}}」は{{status}}となっていますが、このチャネルからそのような配信は行われていません。配信を記録するのは同期だけです。',
        fix: '下書き（status を「draft」）として読み込むか、削除してください。',
      },
    },
  },
  quota: {
    dimension: {
      genders: '性別',
      ages: '年齢',
      appTypes: 'OS',
      areas: '地域',
      subscriptionPeriods: '友だち期間',
    },
    field: {
      followers: '友だち数',
      blocks: 'ブロック数',
      targetReach: 'ターゲットリーチ',
      consumedMessages: '今月の送信済みメッセージ数',
    },
  },
  errors: {
    retry: '再試行',
    api: {
      unknownMethod: '不明な API メソッド {{method}} です。',
      invalidArguments: '{{method}}：引数が正しくありません。',
      invalidArgument: '{{method}}：引数 {{argument}}：{{issue}}',
      invalidField: '{{method}}：引数 {{argument}} の項目「{{field}}」：{{issue}}',
      internal: '{{method}} に失敗しました：{{detail}}',
      notAppWindow: '{{method}} は OA Planner のウィンドウからしか呼び出せません。',
      wrongKey: 'OA Planner のキーがないか、間違っています。',
      noSuchEndpoint: '{{method}} {{path}} に API はありません。',
      notJsonContentType: 'リクエストは application/json でなければなりません。',
      bodyTooLarge: 'リクエスト本文が {{bytes}} バイトを超えています。',
      bodyNotJson: 'リクエスト本文が正しい JSON ではありません。',
      serverUnreachable: 'OA Planner のサーバーに接続できません：{{detail}}',
      serverAnswered: 'OA Planner のサーバーが {{status}} を返しました。',
    },
    preferences: {
      unreadable: '{{file}} の設定を読み込めませんでした：{{detail}}。',
      notJsonStuck: '{{file}} の設定は正しい JSON ではなく、退避もできませんでした：{{detail}}。',
      unknown: '不明な設定 {{names}} です。',
      invalid: '設定が正しくありません：{{issue}}',
      invalidField: '設定「{{field}}」が正しくありません：{{issue}}',
    },
    storage: {
      damaged:
        '{{file}} のデータベースが破損しています（SQLite：{{detail}}）。OA Planner を終了してバックアップからそのファイルを復元するか、別のデータフォルダーを選んでください。OA Planner がデータベースを勝手に修復することはありません。',
    },
    channels: {
      notFound: 'チャネル {{id}} はありません。',
    },
    projects: {
      notFound: 'プロジェクト {{id}} はありません。削除された可能性があります。',
      inTrash: 'プロジェクト「{{name}}」はゴミ箱にあります。変更する前に元に戻してください。',
      nameLength: 'プロジェクト名は 1〜{{max}} 文字にしてください。「{{name}}」は条件を満たしていません。',
      noTemplate: 'テンプレート「{{template}}」はありません。',
      documentCount:
        'プロジェクトに入れられるドキュメントは 1〜{{max}} 件です（{{count}} 件ではありません）。',
      imagemapOneDocument: 'リッチメッセージのプロジェクトにはドキュメントを 1 件だけ入れられます。',
      documentKind: 'ドキュメント {{index}} はプロジェクト「{{name}}」と種類が異なります。',
      unknownAsset:
        '「{{name}}」に読み込まれていないファイル（{{asset}}…）を参照しているドキュメントがあります。もう一度読み込んでください。',
      thumbnailNotPng: 'サムネイルが PNG 画像ではありません。',
      rasterNotPng: 'テキストのラスター {{key}} が PNG 画像ではありません。',
      deleteNeedsTrash: '完全に削除する前に「{{name}}」をゴミ箱に移してください。',
    },
    uploads: {
      notOpen:
        'このアップロードはすでに終了しています（完了、キャンセル、またはタイムアウト）。ファイルをもう一度読み込んでください。',
      projectInTrash:
        'プロジェクト「{{name}}」はゴミ箱にあります。ファイルを追加する前に元に戻してください。',
      tooLarge:
        '「{{file}}」は {{size}} MB で、エディターが扱える大きさ（動画 {{videoMax}} MB、画像 {{imageMax}} MB）を超えています。',
      wrongOffset: '「{{file}}」：{{expected}} バイト目からの部分を待っていましたが、{{got}} が届きました。',
      longerThanAnnounced: '「{{file}}」は予告された {{bytes}} バイトより長くなっています。',
      incomplete:
        '「{{file}}」が途中までしか届きませんでした（{{bytes}} バイト中 {{received}} バイト）。もう一度読み込んでください。',
    },
    assets: {
      empty: '「{{file}}」は空です（0 バイト）。ファイルを選び直してください。',
      quickTime:
        '「{{file}}」は QuickTime ムービーで、MP4 ではありません。MP4（H.264）で書き出してから読み込んでください。',
      notMp4: '「{{file}}」は MP4 動画ではありません。LINE が再生できるのは MP4 ファイルだけです。',
      svg: '「{{file}}」は SVG 図形です。エディターが扱えるのは写真と画像（PNG、JPEG、WebP、GIF）だけです。まず PNG で書き出してください。',
      unknownType:
        '「{{file}}」はエディターで使えるファイルではありません。名前にかかわらず、中身が画像（PNG、JPEG、WebP、GIF）でも MP4 動画でもありません。',
      notAnImage:
        '「{{file}}」はエディターで使える写真ではありません。名前にかかわらず、中身が PNG、JPEG、WebP、GIF のいずれでもありません。',
      videoNotPhoto:
        '「{{file}}」は写真ではなく動画です。PNG、JPEG、WebP、GIF の画像を選んでください。リッチメッセージの動画はタップ領域の設定で追加します。',
      videoTooLarge:
        '「{{file}}」は {{size}} MB です。LINE が受け付ける動画は {{max}} MB までです。短くするか圧縮してください。',
      imageTooLarge:
        '「{{file}}」は {{size}} MB です。エディターが扱える画像は {{max}} MB までです。小さいコピーを保存してください。',
      tooManyPixels:
        '「{{file}}」は {{width}}×{{height}} ピクセルで、エディターが扱える {{max}} メガピクセルを超えています。小さいコピーを保存してください。',
      unreadable:
        '「{{file}}」は {{type}} 画像のようですが読み込めません。破損しているか不完全です（ダウンロードが途中で終わった場合など）。画像編集ソフトで開いて保存し直してください。',
    },
    export: {
      folderNotAbsolute: '書き出し先フォルダーは絶対パスで指定してください（「{{folder}}」ではなく）。',
      notAFolder:
        '「{{folder}}」はフォルダーではありません。新しいフォルダーか空のフォルダーを選んでください。',
      folderNotEmpty:
        'フォルダー「{{folder}}」は空ではありません。ファイルを上書きしないよう、新しいフォルダーか空のフォルダーを選んでください。',
      fixFirst: '書き出す前に次の {{count}} 件の問題を直してください：',
      inMenu: '{{menu}}：{{message}}',
      duplicateAlias:
        '{{first}} と {{second}} が同じエイリアス「{{alias}}」を使っています。メニューごとに別のエイリアスを付けてください。',
      cell: 'セル {{cell}}',
      layer: 'レイヤー「{{layer}}」',
      photoMissing: '{{where}}：写真（{{asset}}…）がプロジェクトにありません。もう一度読み込んでください。',
      textNotRendered:
        'テキストレイヤー「{{layer}}」はまだ描画されていません。OA Planner でプロジェクトを開き（フォントでテキストを描画します）、保存されるのを待ってから書き出してください。',
      jpegTooLarge: 'JPEG の品質を最低にしても、画像が {{bytes}} バイトを超えます。',
      pngTooLarge:
        'この画像は 2 色にしても {{kilobytes}} KB 以下の PNG にできません（写真は PNG ではうまく圧縮できません）。JPEG で書き出してください。',
      videoMissing: '動画かそのプレビュー画像がプロジェクトにありません。もう一度読み込んでください。',
    },
    audiences: {
      notFound: 'オーディエンス {{id}} はありません。',
      notInChannel: 'このチャネルにオーディエンス {{id}} はありません。',
      readOnly: 'OA Planner 以外で作成したオーディエンスは読み取り専用です。',
      nameUnusable: '「{{name}}」：{{problem}}',
      tooMany:
        'このチャネルにはすでに LINE の上限である {{max}} 件のオーディエンスがあります。先に 1 件削除してください。',
      notUploadAudience:
        '「{{name}}」はユーザー ID アップロードのオーディエンスではありません。ID を追加できるのはその種類だけです。',
      changedWhileReading:
        'ファイルを読み込んでいる間に「{{name}}」が変更されました。もう一度読み込んでください。',
      cannotOpen: '{{file}} を開けません：{{reason}}。',
      notAFile:
        '{{file}} は{{kind}}で、通常のファイルではありません。ID を TXT か CSV ファイルに保存して読み込んでください。',
      fileKind: {
        folder: 'フォルダー',
        pipe: '名前付きパイプ',
        socket: 'ソケット',
        device: 'デバイス',
        other: 'ファイル以外のもの',
      },
      importNotOpen:
        'このインポートはすでに終了しています（キャンセル、完了、または長時間操作なし）。もう一度始めてください。',
      tooManyImports: 'すでに {{count}} 件のインポートが実行中です。どれかが終わるまでお待ちください。',
      fileTooLarge: '{{file}} は {{bytes}} バイトです。{{max}} バイトを超えるファイルは読み込めません。',
      chunkOutOfOrder:
        '{{offset}} バイト目の部分が {{expected}} バイト目の続きではありません。インポートをやり直してください。',
      moreThanAnnounced: '予告された {{bytes}} バイトより多くのデータが届きました。',
      broadcastNotFound: 'このチャネルに一斉配信 {{id}} はありません。',
      notALink: '「{{url}}」はリンク（http:// または https://）ではありません。',
      tagNotFound: 'タグ {{id}} はありません。',
      tagTaken: '「{{name}}」という名前のタグはすでにあります。',
      tagNameUnusable: '「{{name}}」はタグ名に使えません：{{problem}}',
      tagOtherChannel: 'タグ {{id}} は別のチャネルのものです。',
      entryNotUserId: '{{entry}} 件目（「{{id}}」）は LINE のユーザー ID ではありません。',
      tagFileNotText: 'タグのファイルがテキストファイルではありません。',
      tagFileNoRows: 'タグのファイルに正しい「userId,tag1;tag2」の行がありません。',
      noTags: 'タグを 1 つ以上選んでください。',
    },
    campaigns: {
      notFound: '配信 {{id}} はありません。削除された可能性があります。',
      locked:
        '「{{title}}」は{{status}}です。配信済みのメッセージは LINE 上の記録なので、編集も削除もできません。複製して新しい配信を計画してください。',
      notReady: '次の {{count}} 件の問題を直すまで、「{{title}}」を{{status}}にできません：',
      cannotSave: '次の {{count}} 件の問題を直すまで、「{{title}}」を保存できません：',
      fileRefused:
        '配信ファイルは読み込まれず、何も変更されていません。次の {{count}} 件の問題を直してください：',
      usedByAudience:
        'オーディエンス「{{audience}}」が「{{title}}」をリターゲティングしています。先にオーディエンスを削除してください。',
      usedByCampaign:
        '「{{other}}」が「{{title}}」を再配信します。先に「{{other}}」を変更または削除してください。',
    },
    sync: {
      channelNotConnected:
        'アカウント「{{name}}」はまだLINEに接続されていません。先にチャネルアクセストークンを追加してください。',
      notQueueable: '配信「{{title}}」は{{status}}です。配信できるのは準備完了または予約済みの配信だけです。',
      unresolved: '配信「{{title}}」はまだ送信できません：',
      unresolvedAudience:
        'オーディエンス {{id}}（{{path}}）はまだLINEにアップロードされていません。先に同期してください。',
      unresolvedRedelivery: '配信 {{id}}（{{path}}）はまだ送信されていないため、再配信の対象がありません。',
      unresolvedImagemap:
        'リッチメッセージのプロジェクト {{id}}（{{path}}）が見つからないか、リッチメッセージではありません。',
      lineRefused: 'LINEがリクエストを拒否しました（{{status}}）：{{message}}',
      lineUnavailable:
        'LINEがリクエストを処理できませんでした（{{status}}）：{{message}}。あとでもう一度試します。',
      lineUnreachable: 'LINEに接続できませんでした（{{detail}}）。あとでもう一度試します。',
      timedOut: 'LINEから{{seconds}}秒以内に応答がありませんでした。あとでもう一度試します。',
      quotaExceeded:
        'この配信には{{needed}}通が必要ですが、今月の残りは{{remaining}}通です。何も送信していません。',
      retryWindowPassed:
        'LINEはこの配信を確認しておらず、最初の試行から24時間以上が過ぎたため、もう一度試すと二重に送信されるおそれがあります。LINE Official Account Managerで送信されたかどうかを確認してから、再送信するか破棄してください。',
      narrowcastFailed:
        'LINEは絞り込み配信を受け付けましたが、届けられませんでした：{{description}}（エラー {{code}}）。',
      leaseHeld:
        '別の OA Planner（{{holder}}）がこのデータフォルダーから送信中です。終わってからもう一度試してください。',
      internal: '配信を実行できませんでした：{{detail}}',
    },
    quota: {
      planIdInvalid:
        'プラン ID は英小文字・数字・ハイフンの 1～64 文字で、英字か数字で始めます。「{{id}}」は使えません。',
      planNameBlank: 'プランに名前を付けてください（{{max}} 文字以内）。',
      feeNegative: '月額料金は 0 以上にしてください（{{fee}} は使えません）。',
      freeMessagesInvalid: '無料メッセージ通数は 0 以上の整数にしてください（{{value}} は使えません）。',
      dateInvalid: '「{{date}}」は日付（YYYY-MM-DD）ではありません。',
      validityReversed: 'プランの終了日 {{to}} が開始日 {{from}} より前です。',
      tierEdgeInvalid:
        '料金の段階 {{band}} の上限は {{previous}} より大きい整数の通数にしてください。上限なしにできるのは最後の段階だけです。',
      tierPriceInvalid: '料金の段階 {{band}}：単価は 0 以上にしてください（{{price}} は使えません）。',
      lastTierOpen:
        '最後の料金の段階は上限なしにしてください。そうすれば追加メッセージすべてに単価が付きます。',
      ceilingInvalid: '追加メッセージの上限値は 1 以上の整数にしてください（{{value}} は使えません）。',
      freePlanWithAdditional:
        '無料プラン（月額 0）では追加メッセージを購入できません。LINE の無料プランは月 {{ceiling}} 通を超えて送信できず、上限も変更できません。',
      freePlanAboveCeiling: '無料プランで送れるのは月 {{ceiling}} 通までです。{{free}} 通は多すぎます。',
      replacedBySelf: 'プランを自分自身に置き換えることはできません。',
      replacedByUnknown: 'このプランの後継となるプラン「{{id}}」がありません。',
      timeZoneUnknown:
        '「{{zone}}」は IANA タイムゾーン（Asia/Taipei、Asia/Tokyo、Asia/Bangkok など）ではありません。',
      planUnknown: 'プラン「{{id}}」はありません。',
      capInvalid: '追加メッセージ数の上限は 0 以上の整数にしてください（{{cap}} は使えません）。',
      capNotAllowed:
        '{{plan}}では追加メッセージを購入できないため、追加メッセージ数の上限はありません（無料プランは上限を変更できません）。上限を空欄にするか、追加メッセージを購入できるプランを選んでください。',
      capAboveCeiling:
        '上限 {{cap}} 通は、{{plan}}で認められている月 {{ceiling}} 通の追加メッセージを超えています。',
      countInvalid: '{{field}}は 0 以上の整数にしてください（{{value}} は使えません）。',
      blocksAboveFollowers: 'ブロック数（{{blocks}}）は友だち数（{{followers}}）を超えられません。',
      reachAboveReachable:
        'ターゲットリーチ（{{reach}}）は友だち数からブロック数を引いた数（{{reachable}}）を超えられません。',
      shareKeyUnknown: '「{{key}}」は LINE の{{dimension}}の値ではありません。',
      shareOutOfRange: '「{{key}}」の割合は 0～1 にしてください（{{share}} は使えません）。',
      sharesDoNotSum: '{{dimension}}の割合の合計が {{sum}} です。合計は 1（100%）になるはずです。',
      monthInvalid: '「{{month}}」は月（YYYY-MM）ではありません。',
      automationTitleBlank: '{{index}} 番目の自動配信に名前を付けてください（{{max}} 文字以内）。',
      automationCountInvalid:
        '自動配信「{{title}}」：1 日あたりの通数は 0 以上にしてください（{{value}} は使えません）。',
      sendTimeInvalid:
        '配信「{{key}}」の日時（「{{at}}」）が使えません。2026-12-20T12:00+09:00 のように時差付きの ISO 日時にしてください。',
      planInvalid: 'プラン「{{id}}」を保存できません：',
      planningInvalid: '配信計画の数値を保存できません：',
      builtinCannotBeDeleted:
        '「{{id}}」は OA Planner に組み込まれたプランです。編集や元に戻すことはできますが、削除はできません。',
      planInUse: 'プラン「{{id}}」は{{channels}}で使われています。先にそちらで別のプランを選んでください。',
      planChangeConflictsWithCap:
        'この変更では、{{channels}}で設定した追加メッセージ数の上限が使えなくなります。先にそちらで上限を下げるか消してください。',
      storedPlanDamaged:
        '保存されたプラン「{{id}}」を読み込めません（{{detail}}）。保存し直すか削除してください。',
    },
  },
};
