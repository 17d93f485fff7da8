/* Draws a campaign's responses and conversions with ECharts from data-chart (no inline script: the CSP allows scripts from 'self' only). */
(function () {
  'use strict';
  var element = document.getElementById('cp-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var data;
  try {
    data = JSON.parse(element.getAttribute('data-chart'));
  } catch (e) {
    element.setAttribute('data-error', String(e));
    return;
  }
  var chart = echarts.init(element, null, {renderer: 'canvas'});
  chart.setOption({
    animation: false,
    grid: {left: 48, right: 16, top: 16, bottom: 32},
    tooltip: {trigger: 'axis'},
    xAxis: {type: 'category', data: data.labels},
    yAxis: {type: 'value', minInterval: 1},
    series: [{type: 'bar', data: data.values, barMaxWidth: 36, label: {show: true, position: 'top'}}]
  });
  element.setAttribute('data-drawn', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
}());
