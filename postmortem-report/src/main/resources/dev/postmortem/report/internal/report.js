/* The report's script: reads the data blob and draws it with Apache ECharts. Every string from the
   data is written with textContent, never as HTML. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var charts = [];
  var palette = ['#3366aa', '#ee7733', '#228833', '#cc3311', '#aa3377', '#009988', '#bbbbbb', '#ddaa33',
    '#0077bb', '#33bbee', '#ee3377', '#666666', '#999933'];

  function text(id, value) {
    document.getElementById(id).textContent = value;
  }

  function el(tag, value, cls) {
    var e = document.createElement(tag);
    if (value !== undefined && value !== null) {
      e.textContent = String(value);
    }
    if (cls) {
      e.className = cls;
    }
    return e;
  }

  // tooltips are HTML: every data string in a formatter goes through esc
  function esc(v) {
    return String(v).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function pct(v) {
    return v === null || v === undefined ? 'no evidence' : Math.round(v * 100) + '%';
  }

  function draw(name, option) {
    var node = document.querySelector('[data-chart="' + name + '"]');
    var chart = echarts.init(node, null, { renderer: 'canvas' });
    option.animation = false;
    option.color = palette;
    option.textStyle = { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' };
    chart.setOption(option);
    charts.push(chart);
    return chart;
  }

  function stackedByMonth(name, block, unit) {
    draw(name, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 56 },
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value', name: unit, minInterval: 1 },
      dataZoom: [{ type: 'inside' }],
      series: block.keys.map(function (k) {
        return { name: k, type: 'bar', stack: 'all', emphasis: { focus: 'series' }, data: block.counts[k] };
      })
    });
  }

  var undated = data.undated > 0 ? ' (' + data.undated + ' without a date ' + (data.undated === 1 ? 'is' : 'are')
    + ' counted only in the totals)' : '';
  text('summary', data.postmortems + ' postmortems from ' + (data.months[0] || '–') + ' to '
    + (data.months[data.months.length - 1] || '–') + undated + '; maturity level ' + data.maturity.level + ', '
    + data.maturity.archetype + '; report of ' + data.generated + '.');

  // maturity
  var m = data.maturity;
  text('maturity-level', 'Level ' + m.level + ': ' + m.archetype);
  draw('maturity', {
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: function (params) {
        var i = m.indicators[params[0].dataIndex];
        return esc(i.name) + '<br>now ' + pct(i.value) + ', bar ' + (i.atMost ? 'at most ' : 'at least ')
          + Math.round(i.threshold * 100) + '%';
      }
    },
    legend: { top: 0 },
    grid: { left: 180, right: 24, top: 36, bottom: 24 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: m.indicators.map(function (i) { return i.name; }) },
    series: [
      { name: 'now', type: 'bar', data: m.indicators.map(function (i) {
        return { value: i.value === null ? 0 : Math.round(i.value * 100), itemStyle: { color: i.met ? '#2e7d32' : '#b26a00' } };
      }) },
      { name: 'bar to reach', type: 'scatter', symbol: 'rect', symbolSize: [4, 18], itemStyle: { color: '#1d2329' },
        data: m.indicators.map(function (i) { return Math.round(i.threshold * 100); }) }
    ]
  });
  var mt = document.querySelector('#maturity-table tbody');
  m.indicators.forEach(function (i) {
    var tr = el('tr');
    tr.appendChild(el('td', i.name));
    tr.appendChild(el('td', i.met ? 'met' : 'not met', i.met ? 'met' : 'unmet'));
    tr.appendChild(el('td', i.evidence));
    mt.appendChild(tr);
  });
  var next = document.getElementById('maturity-next');
  if (m.toMoveUp.length === 0) {
    next.appendChild(el('li', m.level === 4 ? 'Level 4 is the top of the model: keep sharing near-misses and what went well.'
      : 'Nothing measured here holds the team back.'));
  }
  m.toMoveUp.forEach(function (s) { next.appendChild(el('li', s)); });

  // incidents per month by severity
  stackedByMonth('severity', data.severity, 'incidents');

  // times
  data.times.forEach(function (t) {
    draw(t.id, {
      title: { text: t.name + ' (minutes)', subtext: t.interval + '; over all: median ' + t.overallMedian + ', p90 '
        + t.overallP90 + ' (n=' + t.total + ')', left: 0, textStyle: { fontSize: 13 }, subtextStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis',
        formatter: function (params) {
          var i = params[0].dataIndex;
          var lines = [esc(data.months[i]) + ' (n=' + t.count[i] + ')'];
          params.forEach(function (p) {
            lines.push(esc(p.seriesName) + ': ' + (p.value === null || p.value === undefined ? '–' : p.value + ' min'));
          });
          return lines.join('<br>');
        } },
      legend: { right: 0, top: 0 },
      grid: { left: 56, right: 16, top: 64, bottom: 32 },
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value', name: 'min' },
      series: [
        { name: 'median', type: 'line', connectNulls: false, data: t.median },
        { name: 'p90', type: 'line', connectNulls: false, lineStyle: { type: 'dashed' }, data: t.p90 }
      ]
    });
  });

  // action items
  var a = data.actions;
  draw('actions', {
    title: { text: a.total + ' action items', left: 0, textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: ['open', 'done', 'not doing', 'overdue'] },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: 'items', type: 'bar', colorBy: 'data', label: { show: true, position: 'top' },
      data: [a.open, a.done, a.notDoing, a.overdue] }]
  });
  draw('open-age', {
    title: { text: 'age of the ' + a.open + ' open items', left: 0, textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: a.ageLabels },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: 'open items', type: 'bar', label: { show: true, position: 'top' }, data: a.ageCounts }]
  });

  // definition of ready
  var r = data.readiness;
  draw('readiness', {
    title: { text: r.ready + ' of ' + r.items + ' items ready (' + (r.items ? Math.round(100 * r.ready / r.items) : 0) + '%)',
      left: 0, textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: function (params) {
        var c = r.criteria[params[0].dataIndex];
        return esc(c.id) + '<br>' + c.passed + ' of ' + r.items + ' pass (' + params[0].value + '%)<br>fails when ' + esc(c.failure);
      } },
    grid: { left: 200, right: 40, top: 36, bottom: 24 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: r.criteria.map(function (c) { return c.id.replace('readiness.', ''); }) },
    series: [{ name: 'pass', type: 'bar', label: { show: true, position: 'right', formatter: '{c}%' },
      data: r.criteria.map(function (c) { return r.items ? Math.round(100 * c.passed / r.items) : 0; }) }]
  });

  // review timeliness
  var rv = data.review;
  text('review-caption', 'When each month\u2019s review meetings were held against the review window of '
    + rv.windowFrom + ' to ' + rv.windowTo + ' business days after the incident: on time, early, late, overdue (a draft past'
    + ' its deadline with no meeting), or not recorded. Over all: ' + rv.kinds.map(function (k) {
      return rv.totals[k] + ' ' + k;
    }).join(', ') + '.');
  stackedByMonth('review', { keys: rv.kinds, counts: rv.counts }, 'postmortems');

  // contributing factors
  stackedByMonth('factors', data.factors, 'factors');

  // blame per 1,000 words
  var b = data.blame;
  var blameSeries = b.rules.map(function (rule) {
    return { name: rule.replace('language.', ''), type: 'line', stack: 'rules', areaStyle: {}, symbol: 'none',
      data: b.perThousand[rule] };
  });
  draw('blame', {
    title: { text: b.findings + ' findings in ' + b.words + ' words: ' + b.perThousandWords + ' per 1,000', left: 0,
      textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 24 },
    grid: { left: 48, right: 16, top: 64, bottom: 32 },
    xAxis: { type: 'category', data: data.months },
    yAxis: { type: 'value', name: 'per 1,000 words' },
    series: blameSeries.length ? blameSeries : [{ name: 'all rules', type: 'line', data: b.total }]
  });

  // health audit
  if (data.audit) {
    var au = data.audit;
    document.getElementById('audit').hidden = false;
    text('audit-caption', 'The anonymous survey: the share that agree (4 or 5 out of 5) with each statement, per period,'
      + ' over the teams shown. A question\u2019s answers in a period and team are shown only from ' + au.minGroupSize
      + ' answers on; smaller groups are not shown at all. ' + au.commentsDropped
      + ' comments are not shown because they name someone or blame.');
    var statement = {};
    au.questions.forEach(function (q) { statement[q.id] = q.statement; });
    draw('audit-trend', {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: au.periods },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: Object.keys(au.trend).map(function (q) {
        return { name: q, type: 'line', data: au.trend[q].map(function (v) { return v === null ? null : Math.round(v * 100); }) };
      })
    });
    // one row per period and team, one column per question: the share that agree, with the count
    var head = document.querySelector('#audit-table thead tr');
    au.questions.forEach(function (q) {
      var th = el('th', q.id, 'num');
      th.title = q.statement;
      head.appendChild(th);
    });
    var at = document.querySelector('#audit-table tbody');
    au.groups.forEach(function (g) {
      var tr = el('tr');
      tr.appendChild(el('td', g.period));
      tr.appendChild(el('td', g.team));
      au.questions.forEach(function (q) {
        var s = g.questions.filter(function (x) { return x.id === q.id; })[0];
        var td = el('td', s ? Math.round(s.agree * 100) + '%' : '–', 'num');
        td.title = s ? s.answers + ' answers, median ' + s.median + ', 1–5: ' + s.distribution.join(' / ')
          : 'too few answers to show';
        tr.appendChild(td);
      });
      at.appendChild(tr);
    });
    var ac = document.getElementById('audit-comments');
    au.groups.forEach(function (g) {
      g.comments.forEach(function (c) { ac.appendChild(el('li', g.period + ', ' + g.team + ': ' + c)); });
    });
  }

  // table of postmortems
  var tb = document.querySelector('#postmortem-table tbody');
  data.table.forEach(function (row) {
    var tr = el('tr');
    var id = el('td');
    if (row.link) {
      var link = el('a', row.id || row.link);
      link.setAttribute('href', row.link);
      id.appendChild(link);
    } else {
      id.textContent = row.id;
    }
    tr.appendChild(id);
    tr.appendChild(el('td', row.title));
    tr.appendChild(el('td', row.severity));
    tr.appendChild(el('td', row.status));
    tr.appendChild(el('td', row.findings, 'num'));
    tr.appendChild(el('td', row.blame, 'num'));
    tb.appendChild(tr);
  });

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  // printing lays the page out narrower: redraw each chart at its printed width
  function fit() { charts.forEach(function (c) { c.resize(); }); }
  window.addEventListener('beforeprint', fit);
  window.addEventListener('afterprint', fit);
  if (window.matchMedia) {
    var print = window.matchMedia('print');
    if (print.addEventListener) {
      print.addEventListener('change', fit);
    } else if (print.addListener) {
      print.addListener(fit);
    }
  }
  document.documentElement.setAttribute('data-drawn', String(charts.length));
}());
