// Notion's own words, per UI language, for the few text anchors detection uses (docs/notion-ui.md#ui-languages).
// Text is the last cue: every surface is found by structure first (docs/notion-ui.md#detection-cues-per-surface).
// Data only, kept small because it ships in the script on every Notion page: one string per cell, wordings
// separated by "|", '' = "structure only" (no wording worth matching). Long phrases that were only inferred
// (a guessed "Send invite", "Publish to web", "Copy site link", "Unpublish") are left out on purpose where
// structure finds the same control (docs/notion-ui.md#detection-cues-per-surface); they stay in
// docs/research/notion-ui-languages.md, and an admin can add them back with setTextOverrides. Where each wording comes from (seen /
// inferred, with its source id from docs/research/notion-ui-languages.md) is in text-provenance.ts, which
// the tests hold in step with this table and which is not shipped.
//
// Keys are the meaning of Notion's own message keys (from its zh/ko bundles); where Notion's key is not
// known (a feature newer than every bundle found) the key is named after its meaning, marked "(no key)".

export const ANCHOR_KEYS = [
  /** Invite button of the share menu and of Settings → People ("Invite", "Send invite"). Exact. */
  'shareMenu.inviteButton',
  /** Words of an email-taking field's placeholder / label ("email", "add people"). Contained. */
  'shareMenu.inviteTargetsInput.placeholder',
  /** The share menu's Share tab / the dialog's name. Exact. */
  'shareMenu.shareTab.title',
  /** The share menu's Publish tab. Exact. */
  'shareMenu.publishTab.title',
  /** The Publish button ("Publish", "Publish to web"). Exact. */
  'publishTab.publishToWeb.button',
  /** General access → the web option ("Anyone on the web with link"): its "web" stem. Contained. */
  'publicShareLinkItem.menuItem.title',
  /** "Copy site link" on a published page (no key: newer than the bundles). Exact. */
  'publishSite.copySiteLink',
  /** "Unpublish". Exact. */
  'publishTab.settings.liveOnWeb.unpublish',
  /** "This page is live on …". Contained. */
  'publishTab.settings.liveOnWeb.title',
  /** Publish switches, by their stems. Contained. */
  'pagePermissionItem.allowSearchEngines.setting',
  'pagePermissionItem.allowEdits.setting',
  'pagePermissionItem.allowDuplicateTemplate.setting',
  'pagePermissionItem.allowComments.setting',
] as const;

export type AnchorKey = (typeof ANCHOR_KEYS)[number];

/** Anchors compared whole (after normalising); the others match when the text contains a wording. */
export const EXACT: readonly AnchorKey[] = [
  'shareMenu.inviteButton',
  'shareMenu.shareTab.title',
  'shareMenu.publishTab.title',
  'publishTab.publishToWeb.button',
  'publishSite.copySiteLink',
  'publishTab.settings.liveOnWeb.unpublish',
];

/** The table's languages, as texts.ts normalises `<html lang>` (Notion's 15 UI languages). */
export const TABLE_LANGS = ['en', 'da', 'de', 'es', 'es-LA', 'fi', 'fr', 'ja', 'ko', 'nb', 'nl', 'pt', 'sv', 'zh-CN', 'zh-TW'] as const;
export type TableLang = (typeof TABLE_LANGS)[number];

type Row = Record<AnchorKey, string>;

// Cells in ANCHOR_KEYS order. Lower case is not required: texts.ts normalises both sides.
const row = (...cells: string[]): Row => Object.fromEntries(ANCHOR_KEYS.map((k, i) => [k, cells[i] ?? ''])) as Row;

export const TEXT_TABLE: Record<TableLang, Row> = {
  en: row(
    'Invite|Send invite|Send invites|Invite people',
    'email|e-mail|add people|invite',
    'Share',
    'Publish|Share to web|Publish to web',
    'Publish|Publish to web|Share to web|Publish site',
    'anyone on the web',
    'Copy site link|Copy web link',
    'Unpublish',
    'this page is live on',
    'search engine|indexing|allow search',
    'allow edit|can edit',
    'duplicate|template',
    'allow comment',
  ),
  'zh-CN': row('邀请|发送邀请', '邮箱|添加人员', '分享', '发布', '发布|发布到网络', '网络上', '', '取消发布', '此页面已在', '搜索引擎', '允许编辑', '副本', '允许评论'),
  'zh-TW': row('邀請|傳送邀請', '電子郵件|加入人員', '分享', '發布|發佈', '發布|發佈|發佈至網路', '網路上', '', '取消發佈', '此頁面在網路', '搜尋引擎', '允許編輯', '複本', '允許評論'),
  ko: row('초대|초대 보내기', '이메일', '공유', '게시', '게시|웹에 게시', '웹', '', '게시 취소', '웹에 게시되어', '검색 엔진', '편집 허용', '복제', '댓글 허용'),
  ja: row('招待', 'メール|ユーザー', '共有', '公開', '公開|Webで公開', 'Web上|ウェブ上', '', '', '', '検索エンジン', '編集を許可', '複製', 'コメントを許可'),
  fr: row('Inviter', 'e-mail', 'Partager', 'Publier', 'Publier', 'sur le web', '', '', '', 'moteurs de recherche|indexation', 'autoriser la modification', 'duplication', 'autoriser les commentaires'),
  de: row('Einladen', 'e-mail', 'Teilen', 'Veröffentlichen', 'Veröffentlichen', 'im web', '', '', '', 'suchmaschine', 'bearbeiten zulassen', 'duplizieren', 'kommentare zulassen'),
  es: row('Invitar', 'correo', 'Compartir', 'Publicar', 'Publicar', 'en la web', '', '', '', 'motores de búsqueda', 'permitir edición', 'duplicar', 'permitir comentarios'),
  'es-LA': row('Invitar', 'correo', 'Compartir', 'Publicar', 'Publicar', 'en la web', '', '', '', 'motores de búsqueda', 'permitir edición', 'duplicar', 'permitir comentarios'),
  pt: row('Convidar', 'e-mail', 'Compartilhar', 'Publicar', 'Publicar', 'na web', '', '', '', 'mecanismos de pesquisa', 'permitir edição', 'duplicar', 'permitir comentários'),
  nl: row('Uitnodigen', 'e-mail', 'Delen', 'Publiceren', 'Publiceren', '', '', '', '', 'zoekmachine', 'bewerk', 'dupliceer', 'opmerking|reactie'),
  da: row('Inviter', 'e-mail', 'Del', 'Udgiv|Publicer', 'Udgiv|Publicer', '', '', '', '', 'søgemaskine', 'redigering', 'duplik', 'kommentar'),
  sv: row('Bjud in', 'e-post', 'Dela', 'Publicera', 'Publicera', '', '', '', '', 'sökmotor', 'redigering', 'duplic', 'kommentar'),
  nb: row('Inviter', 'e-post', 'Del', 'Publiser', 'Publiser', '', '', '', '', 'søkemotor', 'redigering', 'duplis', 'kommentar'),
  fi: row('Kutsu', 'sähköposti', 'Jaa', 'Julkaise', 'Julkaise', '', '', '', '', 'hakukone', 'muokka', 'monista|kopio', 'kommentoi|kommentit'),
};
