// Traditional Chinese (Taiwan) UI strings.

import type { Messages } from './en';

export const zhTW: Messages = {
  app: {
    name: 'OA Planner',
    tagline: '離線規劃 LINE 官方帳號的行銷活動',
    loading: '載入中…',
    loadFailed: 'OA Planner 無法啟動：{{message}}',
    missingLaunchKey: '請從「oa-planner serve」顯示的網址開啟此頁面，該網址含有一次性的金鑰。',
    browserMode: '瀏覽器模式',
    channel: '帳號',
  },
  nav: {
    label: '功能區',
    editor: '圖片編輯',
    campaigns: '群發訊息',
    audiences: '受眾',
    quota: '訊息則數',
    sync: '同步',
    settings: '設定',
  },
  sections: {
    editor: {
      title: '圖片編輯器',
      empty:
        '在這裡設計圖文選單與圖文訊息的圖片：選擇 LINE 版型、把照片放進各個區塊、加入文字並設定每個點擊區域的動作，再匯出 LINE 可直接接受的檔案。',
    },
    campaigns: {
      title: '群發訊息',
      empty: '在這裡規劃群發：編寫訊息、選擇傳送對象、設定 A/B 測試，並在行事曆上排定傳送時間。',
    },
    audiences: {
      title: '受眾',
      empty:
        '在這裡建立受眾：上傳用戶 ID、為好友加上標籤、針對開啟或點擊過訊息的用戶再行銷，並以 AND、OR、NOT 組合受眾。',
    },
    quota: {
      title: '訊息則數',
      empty: '在這裡查看每次預定傳送會用掉多少則數、本月額度還剩多少，以及額度預計用完的日期。',
    },
    sync: {
      title: '與 LINE 同步',
      empty: '在這裡檢視即將在 LINE 上變更的內容，連上網路後再送出。即使程式當機，也不會重複傳送。',
    },
    settings: {
      title: '設定',
    },
  },
  settings: {
    language: '語言',
    languageSystem: '與系統相同（{{language}}）',
    languageSaveFailed: '無法變更語言：{{message}}',
    channels: '帳號（LINE 官方帳號）',
    channelKind: {
      sandbox: '本機沙盒：不會真的傳送訊息，可放心演練',
      line: 'LINE 官方帳號',
    },
    about: '關於',
    version: '版本',
    shell: '執行方式',
    shellName: {
      electron: '桌面應用程式',
      browser: '瀏覽器模式',
    },
    dataDirectory: '資料夾',
    schemaVersion: '資料庫結構版本',
  },
  menu: {
    file: '檔案',
    edit: '編輯',
    view: '檢視',
    window: '視窗',
    help: '說明',
    settings: '設定…',
    language: '語言',
    languageSystem: '與系統相同',
    quit: '結束 OA Planner',
    about: '關於 OA Planner',
    goTo: '前往',
  },
  errors: {
    retry: '重試',
  },
};
