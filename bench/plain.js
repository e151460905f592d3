// The plain reference page's whole script (see bench/plain-page.mjs). On a status change it does the same
// job as the app's checklist, with no framework: update the item, the eight progress meters, the open-items
// count and the answered count, and save the answers.
'use strict';
(function () {
  var KEY = 'plain-reference-page';
  var OPEN = { unanswered: true, partial: true, 'not-done': true, unknown: true };
  var list = document.getElementById('items');
  var labels = JSON.parse(list.getAttribute('data-labels'));
  var articles = list.querySelectorAll('article');
  var answers = {};
  var values = {};
  var bars = {};
  document.querySelectorAll('[data-value]').forEach(function (el) {
    values[el.getAttribute('data-value')] = el;
  });
  document.querySelectorAll('[data-bar]').forEach(function (el) {
    bars[el.getAttribute('data-bar')] = el;
  });
  var openCount = document.getElementById('open-count');
  var answered = document.getElementById('answered');

  function show(key, value, total) {
    var percent = total === 0 ? 0 : Math.round((value / total) * 100);
    values[key].textContent = value + ' / ' + total + '（' + percent + '%）';
    bars[key].style.width = percent + '%';
    return values[key].textContent;
  }

  function updateProgress() {
    // 対象外 leaves the totals, as in the app.
    var n = { total: 0, answered: 0, done: 0, highTotal: 0, highAnswered: 0, highDone: 0, open: 0 };
    for (var i = 0; i < articles.length; i += 1) {
      var status = answers[articles[i].id] || 'unanswered';
      var isHigh = articles[i].getAttribute('data-priority') === '◎';
      if (OPEN[status]) n.open += 1;
      if (status === 'na') continue;
      n.total += 1;
      if (isHigh) n.highTotal += 1;
      if (status !== 'unanswered') {
        n.answered += 1;
        if (isHigh) n.highAnswered += 1;
      }
      if (status === 'done') {
        n.done += 1;
        if (isHigh) n.highDone += 1;
      }
    }
    ['env', 'all'].forEach(function (p) {
      show(p + '-answered', n.answered, n.total);
      show(p + '-done', n.done, n.total);
      show(p + '-high-answered', n.highAnswered, n.highTotal);
      show(p + '-high-done', n.highDone, n.highTotal);
    });
    openCount.textContent = String(n.open);
    answered.textContent = values['env-answered'].textContent;
  }

  list.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type !== 'radio') return;
    var article = input.closest('article');
    answers[article.id] = input.value;
    article.className = 'item item--' + input.value;
    article.querySelector('.pill__text').textContent = labels[input.value];
    updateProgress();
    try {
      localStorage.setItem(KEY, JSON.stringify(answers));
    } catch {
      // Storage unavailable: the answers last for this visit only.
    }
  });

  performance.mark('app-interactive');
})();
