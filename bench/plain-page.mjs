// Writes the plain reference page of `npm run bench`, bench/plain.html: the app's checklist for method ① done
// with no framework at all (the practical limit). Same 32 items in the same order, each with the same parts
// as the app's (number, category, priority, status, text with its notes, threats, a radio group of the same
// six statuses with their keys, a note field with its counter, a "why" button), and the same page parts that
// change when a status is set (two progress cards of four meters, the "open items only" count, the answered
// count). Static HTML with an external stylesheet and a tiny vanilla script (bench/plain.css, bench/plain.js).
import { writeFileSync } from 'node:fs';

const escape = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const meter = (key, label, total) =>
  `<div class="meter"><div class="meter__text"><span>${label}</span><span data-value="${key}">0 / ${total}（0%）</span></div>` +
  `<div class="meter__bar" aria-hidden="true"><span class="meter__fill" data-bar="${key}"></span></div></div>`;

const card = (prefix, title, total, high) =>
  `<section class="card" aria-labelledby="${prefix}-title"><h3 id="${prefix}-title">${title}</h3>` +
  meter(`${prefix}-answered`, '回答済み', total) +
  meter(`${prefix}-done`, '実施済み', total) +
  meter(`${prefix}-high-answered`, '◎ の回答済み', high) +
  meter(`${prefix}-high-done`, '◎ の実施済み', high) +
  `</section>`;

/**
 * @param {object} input
 * @param {any} input.catalogue the validated catalogue
 * @param {any[]} input.items the method's items, in the app's order
 * @param {Record<string, string>} input.statusLabels status → Japanese label
 * @param {{ status: string, key: string }[]} input.choices the statuses offered with their keys, in the app's order
 */
export function renderPlainPage({ catalogue, items, statusLabels, choices }) {
  const category = new Map(catalogue.categories.map((c) => [c.id, c.name.ja]));
  const threat = new Map(catalogue.threats.map((t) => [t.id, t.name.ja]));
  const priority = new Map(catalogue.priorities.map((p) => [p.id, p.label.ja]));
  const high = items.filter((i) => i.priority === '◎').length;
  const articles = items.map((item) => {
    const options = choices
      .map(
        ({ status, key }) =>
          `<label class="option"><input type="radio" name="status-${item.id}" value="${status}"${status === 'unanswered' ? ' checked' : ''}>` +
          `<span>${escape(statusLabels[status])}</span><kbd aria-hidden="true">${key}</kbd></label>`,
      )
      .join('');
    const notes = item.notes.length
      ? `<ol class="notes">${item.notes.map((n) => `<li>${escape(n.mark)} ${escape(n.text.ja)}</li>`).join('')}</ol>`
      : '';
    const tags = item.threats.map((t) => `<li>${escape(threat.get(t) ?? t)}</li>`).join('');
    return (
      `<li><article id="item-${item.id}" class="item item--unanswered" data-priority="${item.priority}" aria-labelledby="t-${item.id}">` +
      `<header class="item__head"><h3 id="t-${item.id}"><span class="item__number">${item.id}</span> ${escape(category.get(item.category) ?? '')}</h3>` +
      `<span class="badge">${escape(priority.get(item.priority) ?? item.priority)}</span>` +
      `<span class="pill"><span class="vh">現在の状況：</span><span class="pill__text">${escape(statusLabels.unanswered)}</span></span></header>` +
      `<p class="item__text">${escape(item.text.ja)}</p>${notes}` +
      `<ul class="tags" aria-label="想定される脅威">${tags}</ul>` +
      `<fieldset><legend>${item.id} の実施状況</legend><div class="options">${options}</div></fieldset>` +
      `<div class="note"><label for="note-${item.id}">${item.id} のメモ</label>` +
      `<textarea id="note-${item.id}" rows="2" maxlength="1000"></textarea><p class="note__counter">0 / 1000 文字</p></div>` +
      `<button type="button" class="why" aria-expanded="false">なぜ必要か</button>` +
      `</article></li>`
    );
  });
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>チェックリスト（比較用の素の HTML）</title>
<link rel="stylesheet" href="plain.css">
<script src="plain.js" defer></script>
</head>
<body>
<header class="site"><strong>テレワークセキュリティ自己診断</strong>
<nav aria-label="メインメニュー"><a href="#">診断の一覧</a> <a href="#">用語集</a></nav></header>
<main>
<h1>チェックリスト：会社支給ノートPC</h1>
<p>方式① 会社支給端末・VPN/リモートデスクトップ方式</p>
<section aria-labelledby="progress-title"><h2 id="progress-title">進み具合</h2><div class="cards">
${card('env', 'この環境', items.length, high)}
${card('all', '診断全体', items.length, high)}
</div></section>
<section class="filters"><h2>項目の絞り込み</h2>
<label><input type="checkbox"> 残りの項目だけ（<span id="open-count">${items.length}</span>）</label></section>
<p class="toolbar">回答済み <span id="answered">0 / ${items.length}（0%）</span></p>
<h2>チェック項目</h2>
<ol id="items" class="items" data-labels="${escape(JSON.stringify(statusLabels))}">
${articles.join('\n')}
</ol>
</main>
</body>
</html>
`;
}

/** Writes bench/plain.html; returns its path. */
export function writePlainPage(input, path = new URL('./plain.html', import.meta.url)) {
  writeFileSync(path, renderPlainPage(input));
  return path;
}
