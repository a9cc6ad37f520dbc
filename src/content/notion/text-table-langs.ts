// Notion's own words in its fourteen UI languages besides English (text-table.ts has English, the keys and
// the format; text-provenance.ts where each wording comes from). In the lazy `texts` part
// (parts/texts.iife.ts), which a Notion page in another language asks for (texts.ts): not in the script on
// every Notion page.
import { EN_ROW, row, type Row, type TableLang } from './text-table';

export const OTHER_LANGUAGES: Record<Exclude<TableLang, 'en'>, Row> = {
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

/** The whole table, English included (tests, docs). */
export const TEXT_TABLE: Record<TableLang, Row> = { en: EN_ROW, ...OTHER_LANGUAGES };
