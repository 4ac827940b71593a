import type { MainMessages } from './en';

/** Japanese texts of the main process; the keys are en.ts's (a missing or extra one does not compile). */
export const ja: MainMessages = {
  menu: {
    file: 'ファイル(&F)',
    edit: '編集(&E)',
    view: '表示(&V)',
    window: 'ウィンドウ(&W)',
    help: 'ヘルプ(&H)',
  },
  app: {
    about: '{appName} について',
    settings: '設定…',
    services: 'サービス',
    hide: '{appName} を隠す',
    hideOthers: 'ほかを隠す',
    showAll: 'すべてを表示',
    quitApp: '{appName} を終了',
  },
  file: {
    newNote: '新しいノート',
    closeWindow: 'ウィンドウを閉じる',
    quit: '終了',
  },
  edit: {
    undo: '元に戻す',
    redo: 'やり直す',
    cut: '切り取り',
    copy: 'コピー',
    paste: '貼り付け',
    pasteAndMatchStyle: 'ペーストしてスタイルを合わせる',
    delete: '削除',
    selectAll: 'すべてを選択',
  },
  view: {
    reload: '再読み込み',
    forceReload: '強制的に再読み込み',
    toggleDevTools: '開発者ツールの表示切り替え',
    actualSize: '実際のサイズ',
    zoomIn: '拡大',
    zoomOut: '縮小',
    toggleFullScreen: 'フルスクリーンの切り替え',
  },
  window: {
    minimize: '最小化',
    zoom: 'ズーム',
    bringAllToFront: 'すべてを手前に移動',
    close: '閉じる',
  },
  help: {
    keyboardShortcuts: 'キーボードショートカット',
    openLogFile: 'ログファイルを開く',
  },
  contextMenu: {
    noGuesses: '候補が見つかりません',
    addToDictionary: '辞書に追加',
    openLink: 'リンクをブラウザで開く',
    copyLink: 'リンクをコピー',
    copyImage: '画像をコピー',
    openImage: '画像をブラウザで開く',
    copyImageAddress: '画像のアドレスをコピー',
    inspectElement: '要素を検証',
  },
  about: {
    title: '{appName} について',
    version: 'バージョン {version}',
    ok: 'OK',
    openLogFile: 'ログファイルを開く',
  },
  crash: {
    message: '{appName} のウィンドウがクラッシュを繰り返しています',
    detail:
      'アカウントとカラムは失われていません。再読み込みしてやり直すか、終了してください。原因がログファイルに記録されているかもしれません（ヘルプ → ログファイルを開く）。',
    reload: '再読み込み',
    quit: '終了',
  },
  badge: {
    unreadOne: '未読の通知 1 件',
    unreadOther: '未読の通知 {count} 件',
  },
};
