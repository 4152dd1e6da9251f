// Draws the scoring charts from data-* attributes (no inline script; CSP).
// Each chart element: data-chart="bar|line", data-labels="a|b", data-values="1|2",
// data-name (series name). Values are also in a table next to the chart, so nothing
// The canvas renderer: ECharts' SVG renderer writes style attributes, which the CSP blocks.
// depends on colour alone: bars carry their value as a label and lines use symbols.
(function () {
  function draw() {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var labels = (el.dataset.labels || '').split('|');
      var values = (el.dataset.values || '').split('|').map(function (v) { return v === '' ? null : Number(v); });
      var kind = el.dataset.chart;
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        aria: { enabled: true, decal: { show: true } },
        grid: { left: 40, right: 16, top: 24, bottom: 32 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: labels },
        yAxis: { type: 'value', min: 0, max: 100 },
        series: [{
          name: el.dataset.name || '', type: kind, data: values,
          label: { show: true, position: 'top' },
          symbol: 'triangle', symbolSize: 10,
          markLine: el.dataset.mark ? { symbol: 'none', data: [{ yAxis: Number(el.dataset.mark) }], lineStyle: { type: 'dashed' } } : undefined
        }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
