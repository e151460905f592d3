import type { Catalogue, LocalizedText, MethodId } from '../../domain/catalogue-schema';
import type { XlsxLabels } from '../../domain/export-xlsx-model';
import jaCommon from '../../locales/ja/common.json';
import enCommon from '../../locales/en/common.json';
import jaChecklist from '../../locales/ja/checklist.json';
import enChecklist from '../../locales/en/checklist.json';
import jaShare from '../../locales/ja/share.json';
import enShare from '../../locales/en/share.json';
import jaReport from '../../locales/ja/report.json';
import enReport from '../../locales/en/report.json';

/**
 * The words of the Excel workbook. What the app already says (statuses, the CSV's headers, method names, the
 * source line) comes from the locale files, so the workbook and the screens never drift apart; the rest is
 * here. This module is loaded with the workbook only, never with the first screen.
 */

type Language = keyof LocalizedText;
type OwnTexts = Omit<
  XlsxLabels,
  'statuses' | 'planStates' | 'priorities' | 'method' | 'unnamedEnvironment'
> & {
  fileFallbackName: string;
};

const CIRCLED = '①②③④⑤⑥⑦⑧';

/** Fills in i18next-style {{placeholders}}. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

const locales = {
  ja: { common: jaCommon, checklist: jaChecklist, share: jaShare, report: jaReport },
  en: { common: enCommon, checklist: enChecklist, share: enShare, report: enReport },
} as const;

const own: Record<Language, OwnTexts> = {
  ja: {
    fileFallbackName: jaShare.file.fallbackName,
    sheetNames: { summary: '概要', checklist: 'チェックリスト', source: '出典' },
    headers: { ...jaShare.csv, threats: '想定脅威' },
    listSeparator: '、',
    footer: '&C&P / &N',
    summary: {
      title: 'テレワークセキュリティ自己診断 結果',
      assessmentName: '診断名',
      organisation: jaReport.cover.organisation,
      assessor: jaReport.cover.assessor,
      createdAt: '作成日時',
      updatedAt: '更新日時',
      finalisedAt: '確定日',
      exportedAt: '出力日時',
      checklist: 'チェックリスト',
      publisher: '発行',
      publishedAt: '公表日',
      revisedAt: '最終改訂',
      catalogueVersion: 'チェックリストデータ版',
      blank: jaReport.cover.blank,
      byEnvironment: '環境ごとの実施状況',
      byCategory: '分類ごとの実施状況（全環境の合計）',
      byThreat: '想定脅威ごとの実施状況（全環境の合計）',
      category: '分類',
      threat: '想定脅威',
      overall: '合計',
      noMethod: '方式未選択',
      inScope: '対象項目',
      rate: '実施率',
      mustInScope: '◎ 対象項目',
      mustDone: '◎ 実施済み',
      mustRate: '◎ 実施率',
      rateNote:
        '実施率は、対象外を除いた項目のうち実施済みの割合です（切り捨て）。複数の環境で確認した項目は、環境ごとに数えています。',
    },
    source: {
      title: jaReport.source.title,
      attribution: '出典の表示',
      publisher: '発行',
      document: '資料名',
      publishedAt: '公表日',
      revisions: '改訂履歴',
      link: jaCommon.source.link,
      catalogueVersion: 'チェックリストデータ版',
      appVersion: 'アプリの版',
      tool: 'このファイルは、上記のチェックリストをもとにしたブラウザ上の自己診断ツールで作成しました。入力内容は作成者のブラウザにのみ保存されています。',
    },
  },
  en: {
    fileFallbackName: enShare.file.fallbackName,
    sheetNames: { summary: 'Summary', checklist: 'Checklist', source: 'Source' },
    headers: { ...enShare.csv, threats: 'Threats' },
    listSeparator: ', ',
    footer: '&CPage &P of &N',
    summary: {
      title: 'Telework security self-assessment: results',
      assessmentName: 'Assessment',
      organisation: enReport.cover.organisation,
      assessor: enReport.cover.assessor,
      createdAt: 'Created',
      updatedAt: 'Last updated',
      finalisedAt: 'Finalised on',
      exportedAt: 'Exported',
      checklist: 'Checklist',
      publisher: 'Publisher',
      publishedAt: 'Published',
      revisedAt: 'Last revision',
      catalogueVersion: 'Checklist data version',
      blank: enReport.cover.blank,
      byEnvironment: 'Status per environment',
      byCategory: 'Status per category (all environments)',
      byThreat: 'Status per threat (all environments)',
      category: 'Category',
      threat: 'Threat',
      overall: 'Total',
      noMethod: 'No method chosen',
      inScope: 'Items in scope',
      rate: 'Implemented (%)',
      mustInScope: '◎ items in scope',
      mustDone: '◎ implemented',
      mustRate: '◎ implemented (%)',
      rateNote:
        'Rates are the share of implemented items among the items in scope (not-applicable items left out), rounded down. An item checked in several environments counts once per environment.',
    },
    source: {
      title: enReport.source.title,
      attribution: 'Attribution',
      publisher: 'Publisher',
      document: 'Document',
      publishedAt: 'Published',
      revisions: 'Revisions',
      link: enCommon.source.link,
      catalogueVersion: 'Checklist data version',
      appVersion: 'App version',
      tool: 'This file was made with an in-browser self-assessment tool based on the checklist above. What was entered is stored only in the author’s browser.',
    },
  },
};

/** Every word of the workbook in one language, method names from the catalogue. */
export function xlsxLabels(
  catalogue: Catalogue,
  language: Language,
): XlsxLabels & { fileFallbackName: string } {
  const { common, checklist } = locales[language];
  return {
    ...own[language],
    statuses: checklist.status,
    planStates: checklist.plan.state,
    priorities: { '◎': '◎', '○': '○' },
    method: (id: MethodId) => {
      const method = catalogue.methods.find((m) => m.id === id);
      return fill(common.method.full, {
        number: CIRCLED[id - 1] ?? String(id),
        name: method ? method.name[language] : '',
      }).trim();
    },
    unnamedEnvironment: () => common.unnamed.environment,
  };
}

/** The file name's fallback when the assessment has no name. */
export function xlsxFallbackName(language: Language): string {
  return own[language].fileFallbackName;
}
