// Draws every [data-chart] element of a printed enforcement report with ECharts, loaded before this script.
// SVG without animation draws synchronously and stays sharp in the PDF; the flag tells the printer it may print.
(function () {
  for (const element of document.querySelectorAll('[data-chart]')) {
    const option = JSON.parse(element.getAttribute('data-chart'));
    option.animation = false;
    option.textStyle = { fontFamily: "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif" };
    echarts.init(element, null, { renderer: 'svg' }).setOption(option);
  }
  window.reportChartsReady = true;
})();
