/* Draws the charts of /dashboards with ECharts from the JSON of /dashboards/data (no inline script: the CSP allows scripts from 'self' only). */
(function () {
  'use strict';
  var main = document.querySelector('main.dashboards');
  if (!main || !document.getElementById('chart-pareto') || typeof echarts === 'undefined') {
    return;
  }
  var charts = [];

  function getJson(url) {
    return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.json();
      });
  }

  function failed(element, e) {
    element.setAttribute('data-error', String(e));
    console.error('dashboards: ' + e);
  }

  /* SVG, so that every label is an element the browser test can measure (no two overlap, none outside its chart). */
  function chart(element, option, onClick) {
    var c = echarts.init(element, null, {renderer: 'svg'});
    c.setOption(option);
    if (onClick) {
      c.on('click', onClick);
      element.classList.add('drills');
    }
    charts.push(c);
    return c;
  }

  /* The customer list filtered as given ({name: value}), or null for the roles that see no single customer. */
  function listUrl(base, filters) {
    if (!base) { return null; }
    var q = Object.keys(filters).map(function (k) {
      return encodeURIComponent(k) + '=' + encodeURIComponent(filters[k]);
    }).join('&');
    return base + (q ? '?' + q : '');
  }

  function go(url) {
    if (url) { window.location.assign(url); }
  }

  /* A bar's count with thousands separators, as the tables and the home page write it (1,937). */
  function grouped(p) { return Number(p.value).toLocaleString('en-US'); }

  /* Horizontal bars, one row of about 26 px a bar so that every label is shown; a click opens the list of a bar. */
  function bars(div, items, name, colour, onBar) {
    var rows = items.slice().reverse();
    div.style.height = Math.max(120, 26 * rows.length + 24) + 'px';
    return chart(div, {
      animation: false,
      grid: {left: 8, right: 64, top: 8, bottom: 8, containLabel: true},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      xAxis: {type: 'value', show: false},
      yAxis: {type: 'category', data: rows.map(function (b) { return b.label; }),
        axisLabel: {interval: 0, width: 160, overflow: 'truncate'}},
      series: [{type: 'bar', name: name, data: rows.map(function (b) { return b.count; }), barMaxWidth: 18,
        label: {show: true, position: 'right', formatter: grouped}, itemStyle: {color: colour}, cursor: onBar ? 'pointer' : 'default'}]
    }, onBar ? function (p) { onBar(rows[p.dataIndex]); } : null);
  }

  function pareto(data, t) {
    var points = [[0, 0, null]].concat(data.pareto);
    chart(document.getElementById('chart-pareto'), {
      animation: false,
      grid: {left: 64, right: 24, top: 24, bottom: 56},
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return v + ' %'; }},
      xAxis: {type: 'value', min: 0, max: 100, name: t['pareto.x'], nameLocation: 'middle', nameGap: 32,
        axisLabel: {formatter: '{value} %'}},
      yAxis: {type: 'value', min: 0, max: 100, name: t['pareto.y'], nameLocation: 'middle', nameGap: 48,
        axisLabel: {formatter: '{value} %'}},
      series: [{type: 'line', showSymbol: data.drill ? true : false, symbolSize: 4, data: points,
        // the 80 % and 95 % lines are labelled inside the plot, above the line at its left end: never clipped
        markLine: {symbol: 'none', silent: true, label: {formatter: '{b}', position: 'insideStartTop'},
          data: [{name: t['pareto.line80'], yAxis: 80}, {name: t['pareto.line95'], yAxis: 95}]}}]
    }, data.drill ? function (p) {
      var k = p.value && p.value[2];
      if (k) { go(listUrl(data.drill, {contributionClass: k})); }
    } : null);
  }

  function rfm(data, t) {
    var max = 1;
    data.rfm.forEach(function (c) { max = Math.max(max, c[2]); });
    var scores = ['1', '2', '3', '4', '5'];
    chart(document.getElementById('chart-rfm'), {
      animation: false,
      // the colour scale stands on the right, clear of the axis names below and left
      grid: {left: 56, right: 84, top: 16, bottom: 48},
      tooltip: {formatter: function (p) { return 'R=' + p.value[0] + ', F=' + p.value[1] + ': ' + p.value[2] + ' ' + t.customers; }},
      xAxis: {type: 'category', data: scores, name: t['rfm.r'], nameLocation: 'middle', nameGap: 28},
      yAxis: {type: 'category', data: scores, name: t['rfm.f'], nameLocation: 'middle', nameGap: 32},
      visualMap: {min: 0, max: max, calculable: false, orient: 'vertical', right: 8, top: 'middle', text: [String(max), '0'],
        itemHeight: 120, itemWidth: 14, inRange: {color: ['#eef4fb', '#1f5fa8']}},
      series: [{type: 'heatmap', label: {show: true},
        data: data.rfm.map(function (c) { return [String(c[0]), String(c[1]), c[2]]; })}]
    }, data.drill ? function (p) {
      go(listUrl(data.drill, {rfmR: p.value[0], rfmF: p.value[1]}));
    } : null);
  }

  function distributions(data, t) {
    var grid = document.getElementById('chart-distributions');
    data.distributions.forEach(function (d) {
      var box = document.createElement('figure');
      box.className = 'chart-box small';
      var caption = document.createElement('figcaption');
      caption.textContent = d.label;
      var div = document.createElement('div');
      div.className = 'chart';
      div.setAttribute('data-dimension', d.code);
      div.setAttribute('aria-hidden', 'true');
      box.appendChild(caption);
      box.appendChild(div);
      grid.appendChild(box);
      bars(div, d.bars, t.customers, '#1f5fa8', data.drill ? function (b) {
        var f = {};
        f[d.code] = b.code;
        go(listUrl(data.drill, f));
      } : null);
    });
  }

  /* The AML rating distribution (roles that may see it) and alerts by rule (compliance); absent for the others. */
  function aml(data, t) {
    var ratings = document.getElementById('chart-aml-ratings');
    if (ratings && data.aml && data.aml.ratings) {
      var r = data.aml.ratings;
      bars(ratings, r.bars, t.customers, '#8d2b0b', data.aml.ratingsDrill && data.drill ? function (b) {
        go(listUrl(data.drill, {amlRisk: b.code}));
      } : null);
      ratings.setAttribute('data-rendered', 'true');
    }
    var alerts = document.getElementById('chart-aml-alerts');
    if (alerts && data.aml && data.aml.alertsByRule) {
      bars(alerts, data.aml.alertsByRule.map(function (a) { return {code: a.code, label: a.label, count: a.alerts}; }),
        t.alerts, '#de911d', null);
      alerts.setAttribute('data-rendered', 'true');
    }
  }

  /* Old codes on the left, new codes on the right; node names are "old:CODE"/"new:CODE", shown by label. */
  function migration(element) {
    getJson(element.getAttribute('data-url')).then(function (data) {
      if (!data.migration) { return; }
      var labels = {};
      var colours = {};
      var palette = ['#1f5fa8', '#3ebd93', '#f0b429', '#de911d', '#8d2b0b', '#5fa8d3', '#7b8794', '#9f7aea', '#e12d39',
        '#2680c2', '#27ab83', '#cb6e17'];
      // the same code has the same colour on both sides, so that staying and moving are easy to tell apart
      data.migration.nodes.forEach(function (n) {
        labels[n.name] = n.label;
        var code = n.name.substring(4);
        if (!(code in colours)) { colours[code] = palette[Object.keys(colours).length % palette.length]; }
      });
      var t = data.texts;
      chart(element, {
        animation: false,
        tooltip: {trigger: 'item', formatter: function (p) {
          if (p.dataType === 'edge') {
            return labels[p.data.source] + ' → ' + labels[p.data.target] + ': ' + p.data.value + ' ' + t.customers;
          }
          return labels[p.name] + ': ' + p.value + ' ' + t.customers;
        }},
        series: [{type: 'sankey', left: 8, right: 150, top: 8, bottom: 8, nodeGap: 10, draggable: false,
          emphasis: {focus: 'adjacency'}, lineStyle: {color: 'gradient', opacity: 0.45},
          label: {formatter: function (p) { return labels[p.name]; }},
          data: data.migration.nodes.map(function (n) {
            return {name: n.name, itemStyle: {color: colours[n.name.substring(4)]}};
          }),
          links: data.migration.links}]
      });
      element.setAttribute('data-rendered', 'true');
    }).catch(function (e) { failed(element, e); });
  }

  function segmentSizes(element) {
    getJson(element.getAttribute('data-url')).then(function (data) {
      var bars = data.segments.slice().reverse();
      // one bar row of about 36 px per segment, so that a few segments do not make fat bars
      element.style.height = Math.max(120, 36 * bars.length + 24) + 'px';
      chart(element, {
        animation: false,
        grid: {left: 8, right: 56, top: 8, bottom: 8, containLabel: true},
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
        xAxis: {type: 'value', show: false},
        yAxis: {type: 'category', data: bars.map(function (b) { return b.label; }),
          axisLabel: {width: 160, overflow: 'truncate'}},
        series: [{type: 'bar', name: data.texts.customers, data: bars.map(function (b) { return b.customers; }),
          label: {show: true, position: 'right', formatter: grouped}, itemStyle: {color: '#2680c2'}}]
      }, element.getAttribute('data-drill') ? function (p) {
        go(listUrl(element.getAttribute('data-drill'), {segment: bars[p.dataIndex].name}));
      } : null);
      element.setAttribute('data-segments', data.segments.map(function (s) { return s.name; }).join(' '));
      element.setAttribute('data-rendered', 'true');
    }).catch(function (e) { failed(element, e); });
  }

  var migrationChart = document.getElementById('chart-migration');
  if (migrationChart) { migration(migrationChart); }
  var sizesChart = document.getElementById('chart-segments');
  if (sizesChart) { segmentSizes(sizesChart); }

  getJson(main.getAttribute('data-url'))
    .then(function (data) {
      if (!data.run) { return; }
      var t = data.texts;
      pareto(data, t);
      rfm(data, t);
      distributions(data, t);
      aml(data, t);
      main.setAttribute('data-rendered', 'true');
    })
    .catch(function (e) {
      main.setAttribute('data-error', String(e));
      console.error('dashboards: ' + e);
    });

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
