/* Draws one chart with ECharts from the figures a page puts in a data attribute of its element. The pages carry no
   inline script (the CSP allows scripts from 'self' only), so each page's script names its element, the attribute and
   the chart's options; this file holds what every such chart does alike: read and parse the figures, draw, mark the
   element drawn (or record why not) and follow the window's size. */
window.clientLensChart = function (elementId, attribute, optionsFor) {
  'use strict';
  var element = document.getElementById(elementId);
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var data;
  try {
    data = JSON.parse(element.getAttribute(attribute));
  } catch (e) {
    element.setAttribute('data-error', String(e));
    return;
  }
  var chart = echarts.init(element, null, {renderer: 'canvas'});
  chart.setOption(optionsFor(data));
  element.setAttribute('data-drawn', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
};
