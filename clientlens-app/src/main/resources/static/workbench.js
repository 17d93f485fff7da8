/* Draws the workbench's AUM trend from the figures in data-trend. */
window.clientLensChart('wb-trend', 'data-trend', function (data) {
  'use strict';
  return {
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
  };
});
