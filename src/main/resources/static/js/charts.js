// Draws each chart from the data table it names (data-chart-table), so the table stays the accessible source of the
// figures. A funnel chart (data-chart-total) shows the table's total row stage by stage; any other chart shows the
// listed columns (data-chart-columns) of each body row, stacked, and a click on a bar opens the row's link; with
// data-chart-type="line" each column is a line over the rows (years, for example) instead of a bar.
(function () {
  'use strict';

  function number(cell) {
    var value = Number((cell.textContent || '').replace(/[,\s]/g, ''));
    return isNaN(value) ? 0 : value;
  }

  function text(cell) {
    return (cell.textContent || '').trim();
  }

  function draw(container) {
    var table = document.getElementById(container.getAttribute('data-chart-table'));
    if (!table || !window.echarts || container.getAttribute('data-chart-drawn')) {
      return;
    }
    container.setAttribute('data-chart-drawn', 'true');
    var headers = Array.prototype.map.call(table.tHead.rows[0].cells, text);
    var option;
    var links = [];
    if (container.getAttribute('data-chart-total') === 'true') {
      var totals = table.tFoot.rows[0].cells;
      option = {
        xAxis: { type: 'category', data: headers.slice(1), axisLabel: { interval: 0 } },
        series: [{ type: 'bar', name: text(totals[0]), data: Array.prototype.slice.call(totals, 1).map(number),
          label: { show: true, position: 'top' } }]
      };
    } else {
      var rows = Array.prototype.filter.call(table.tBodies[0].rows, function (row) { return row.cells.length > 2; });
      var columns = (container.getAttribute('data-chart-columns') || '1').split(',').map(Number);
      var stack = container.getAttribute('data-chart-stack') || undefined;
      links = rows.map(function (row) {
        var link = row.cells[0].querySelector('a');
        return link ? link.getAttribute('href') : null;
      });
      var categories = rows.map(function (row) { return text(row.cells[0]); });
      option = {
        legend: { top: 0 },
        xAxis: { type: 'category', data: categories,
          axisLabel: { interval: 0, rotate: categories.length > 8 ? 40 : 0 } },
        series: columns.map(function (column) {
          return { type: container.getAttribute('data-chart-type') === 'line' ? 'line' : 'bar',
            name: headers[column], stack: stack,
            data: rows.map(function (row) { return number(row.cells[column]); }) };
        })
      };
    }
    // the tooltip is drawn on the canvas: HTML tooltips carry style attributes, which the CSP refuses
    option.tooltip = { trigger: 'axis', renderMode: 'richText' };
    option.grid = { left: 8, right: 8, bottom: 8, top: 36, containLabel: true };
    option.yAxis = { type: 'value', minInterval: 1 };
    option.animation = false;
    // canvas: the SVG renderer writes style attributes, which the CSP (style-src 'self') refuses
    var chart = window.echarts.init(container, null, { renderer: 'canvas' });
    chart.setOption(option);
    chart.on('click', function (params) {
      var href = links[params.dataIndex];
      if (href) {
        window.location.assign(href);
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawAll() {
    document.querySelectorAll('[data-chart-table]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
