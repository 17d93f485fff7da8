/* Draws the workbench's AUM trend with ECharts from the figures in data-trend (no inline script: the CSP allows scripts from 'self' only). */
(function () {
  'use strict';
  var element = document.getElementById('wb-trend');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var data;
  try {
    data = JSON.parse(element.getAttribute('data-trend'));
  } catch (e) {
    element.setAttribute('data-error', String(e));
    return;
  }
  var chart = echarts.init(element, null, {renderer: 'canvas'});
  chart.setOption({
    animation: false,
    grid: {left: 56, right: 48, top: 28, bottom: 28},
    tooltip: {trigger: 'axis'},
    legend: {data: data.names, top: 0, textStyle: {fontSize: 11}},
    xAxis: {type: 'category', data: data.labels},
    yAxis: [{type: 'value', name: '', axisLabel: {fontSize: 11}}, {type: 'value', name: '', axisLabel: {fontSize: 11}}],
    series: [
      {name: data.names[0], type: 'line', data: data.aum, showSymbol: true, areaStyle: {opacity: 0.08}},
      {name: data.names[1], type: 'bar', yAxisIndex: 1, data: data.customers, barMaxWidth: 18, itemStyle: {opacity: 0.35}}
    ]
  });
  element.setAttribute('data-drawn', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
}());
