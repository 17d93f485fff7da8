/* Draws a campaign's responses and conversions from data-chart. */
window.clientLensChart('cp-chart', 'data-chart', function (data) {
  'use strict';
  return {
    animation: false,
    grid: {left: 48, right: 16, top: 16, bottom: 32},
    tooltip: {trigger: 'axis'},
    xAxis: {type: 'category', data: data.labels},
    yAxis: {type: 'value', minInterval: 1},
    series: [{type: 'bar', data: data.values, barMaxWidth: 36, label: {show: true, position: 'top'}}]
  };
});
