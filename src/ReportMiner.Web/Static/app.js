// ReportMiner workbench. All page data arrives as JSON or data- attributes; every document string is put into the
// page with textContent (never innerHTML), and the Content-Security-Policy forbids inline script.
'use strict';

(function () {
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  async function getJson(url, init) {
    const response = await fetch(url, Object.assign({ headers: { 'Accept': 'application/json', 'X-ReportMiner': '1' } }, init || {}));
    const body = await response.json().catch(() => ({ error: response.statusText }));
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  // ---- Compare: charts from /api/compare ----------------------------------------------------------------
  function escapeHtml(text) {
    return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  // One label per row: the city, with the year when the city has several years, and a number when still ambiguous.
  function rowLabels(rows) {
    const base = rows.map(r => {
      const city = r.city || '（未知）';
      const years = new Set(rows.filter(o => (o.city || '') === (r.city || '')).map(o => o.year));
      return years.size > 1 ? city + ' ' + (r.year ?? '') : city;
    });
    return base.map((label, i) => {
      const same = base.filter(b => b === label).length;
      return same > 1 ? label + ' #' + (base.slice(0, i + 1).filter(b => b === label).length) : label;
    });
  }

  // ECharts tooltips are HTML: every value goes through escapeHtml first.
  function tooltipFormatter(params) {
    const list = Array.isArray(params) ? params : [params];
    if (list.length === 0) return '';
    const head = escapeHtml(list[0].axisValueLabel ?? list[0].name);
    return head + list.filter(p => p.value !== null && p.value !== undefined && p.value !== '-')
      .map(p => '<br>' + p.marker + escapeHtml(p.seriesName) + ': ' + escapeHtml(Array.isArray(p.value) ? p.value[1] : p.value)).join('');
  }

  // ECharts (1 MB) is fetched after the page has painted, so the table shows at once and the charts follow.
  function loadECharts() {
    if (typeof echarts !== 'undefined') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/static/echarts.min.js';
      script.onload = resolve;
      script.onerror = () => reject(new Error('ECharts could not be loaded.'));
      document.head.appendChild(script);
    });
  }

  // The server sends bounded series (/api/compare/chart): at most 40 bars (past that one per city, the mean of its
  // reports) and 12 lines; the table and the downloads keep every report.
  function drawCompare(container) {
    Promise.all([getJson(container.dataset.api), new Promise(r => requestAnimationFrame(() => setTimeout(r, 0))).then(loadECharts)]).then(([view]) => {
      const budgets = container.dataset.budgets === '1';
      if (!budgets) {
        drawTargets(document.getElementById('chart-target'), view.bars);
        drawYears(document.getElementById('chart-years'), view.years, view.lines);
      }
      drawBudget(document.getElementById('chart-budget'), view.bars);
      container.dataset.state = 'drawn';
    }).catch(error => { container.dataset.state = 'error'; container.appendChild(el('p', 'error', error.message)); });
  }

  function chart(node) {
    const instance = echarts.init(node, null, { renderer: 'canvas' });
    window.addEventListener('resize', () => instance.resize());
    return instance;
  }

  function drawTargets(node, allRows) {
    const rows = allRows.filter(r => r.actual_value !== null || r.target_value !== null);
    const labels = rowLabels(rows);
    const instance = chart(node);
    instance.setOption({
      animation: false,
      tooltip: { trigger: 'axis', formatter: tooltipFormatter },
      legend: { data: ['实际 Actual', '目标 Target'], top: 0 },
      grid: { left: 48, right: 16, bottom: 70, top: 52 },
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: 35, interval: labels.length > 16 ? 'auto' : 0 } },
      yAxis: { type: 'value', min: v => Math.max(0, Math.floor(v.min - Math.max(2, (v.max - v.min) * 0.3))) },
      series: [
        { name: '实际 Actual', type: 'bar', data: rows.map(r => r.actual_value), barMaxWidth: 42,
          itemStyle: { color: p => rows[p.dataIndex].met === false ? '#d9534f' : '#3a7bd5' } },
        { name: '目标 Target', type: 'scatter', data: rows.map(r => r.target_value), symbol: 'rect',
          symbolSize: [Math.max(8, Math.min(44, Math.floor(640 / Math.max(1, rows.length)))), 4],
          itemStyle: { color: '#222' }, z: 5 },
      ],
    });
    node.dataset.bars = String(rows.filter(r => r.actual_value !== null).length);
    node.dataset.targets = String(rows.filter(r => r.target_value !== null).length);
    node.dataset.labels = JSON.stringify(labels);
  }

  // One line per city (the most reported cities when there are many), the mean of its reports in each year.
  function drawYears(node, years, lines) {
    const cities = lines.map(l => l.name);
    const series = lines.map(l => ({ name: l.name, type: 'line', connectNulls: true, symbolSize: 10, data: l.data }));
    const instance = chart(node);
    instance.setOption({
      animation: false,
      tooltip: { trigger: 'axis', formatter: tooltipFormatter },
      legend: { type: 'scroll', data: cities, top: 0 },
      grid: { left: 48, right: 16, bottom: 30, top: 48 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', scale: true },
      series,
    });
    node.dataset.lines = String(series.length);
  }

  function drawBudget(node, allRows) {
    const rows = allRows.filter(r => r.budget_wan !== null || r.actual_wan !== null);
    const labels = rowLabels(rows);
    const instance = chart(node);
    instance.setOption({
      animation: false,
      tooltip: { trigger: 'axis', formatter: tooltipFormatter },
      legend: { data: ['预算 Budget', '支出 Spent', '执行率 Rate %'], top: 0 },
      grid: { left: 64, right: 56, bottom: 70, top: 56 },
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: 35, interval: labels.length > 16 ? 'auto' : 0 } },
      yAxis: [{ type: 'value', name: '万元' }, { type: 'value', name: '%', min: 0, max: v => Math.max(100, Math.ceil(v.max / 10) * 10) }],
      series: [
        { name: '预算 Budget', type: 'bar', data: rows.map(r => r.budget_wan), itemStyle: { color: '#9fb7d6' } },
        { name: '支出 Spent', type: 'bar', data: rows.map(r => r.actual_wan), itemStyle: { color: '#2f5f98' } },
        { name: '执行率 Rate %', type: 'line', yAxisIndex: 1, data: rows.map(r => r.execution_rate_pct), itemStyle: { color: '#e08a00' } },
      ],
    });
    node.dataset.bars = String(rows.length);
  }

  // ---- Document: show a value's source cell ----------------------------------------------------------------
  function initDocument(root) {
    const panel = document.getElementById('source');
    root.addEventListener('click', event => {
      const button = event.target.closest('button.src');
      if (!button) return;
      root.querySelectorAll('button.src.active').forEach(b => b.classList.remove('active'));
      button.classList.add('active');
      const params = new URLSearchParams();
      for (const key of ['page', 'table', 'row', 'text', 'number']) {
        if (button.dataset[key]) params.set(key, button.dataset[key]);
      }
      panel.dataset.state = 'loading';
      panel.replaceChildren(el('h2', null, '来源 Source'), el('p', 'hint', '正在读取文档… Reading the document…'));
      getJson('/api/documents/' + root.dataset.sha + '/source?' + params.toString())
        .then(view => showSource(panel, view, button.textContent))
        .catch(error => { panel.dataset.state = 'error'; panel.replaceChildren(el('h2', null, '来源 Source'), el('p', 'error', error.message)); });
    });
  }

  function showSource(panel, view, valueText) {
    const parts = [el('h2', null, '来源 Source')];
    const where = '第' + view.page + '页' + (view.table !== null ? ' · 表' + view.table : '') + (view.row !== null ? ' · 行' + view.row : '');
    parts.push(el('p', 'where', where + ' — ' + view.file + ' · 值 value: ' + valueText));
    if (view.note) parts.push(el('p', 'warning', view.note));
    if (view.source_table) parts.push(renderTable(view));
    else if (view.paragraphs.length) {
      view.paragraphs.forEach((text, i) => parts.push(el('p', i === view.highlight_paragraph ? 'hl-para' : null, text)));
    }
    if (view.page_image) parts.push(pageFigure(view));
    panel.replaceChildren(...parts);
    panel.dataset.state = 'shown';
    // Scroll the panel only (not the page) so the marked cell sits in its middle.
    const cell = panel.querySelector('td.hl-cell') || panel.querySelector('td.hl-row') || panel.querySelector('p.hl-para');
    if (cell) {
      const top = cell.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
      panel.scrollTop = Math.max(0, top - panel.clientHeight / 3);
    }
  }

  // The page image with the value's cell outlined. The box comes in image pixels; placed in percent of the image's
  // natural size, it stays on the cell however wide the panel shows the image.
  function pageFigure(view) {
    const figure = el('div', 'page-figure');
    const img = el('img');
    img.alt = '第' + view.page + '页 page ' + view.page;
    img.src = view.page_image;
    img.loading = 'lazy';
    figure.appendChild(img);
    const b = view.highlight_box;
    if (b) {
      const box = el('div', 'cell-box');
      box.title = '值所在的单元格 The value\'s cell';
      figure.appendChild(box);
      const place = () => {
        const w = img.naturalWidth, h = img.naturalHeight;
        if (!w || !h) return;
        box.style.left = (100 * b.left / w) + '%';
        box.style.top = (100 * b.top / h) + '%';
        box.style.width = (100 * b.width / w) + '%';
        box.style.height = (100 * b.height / h) + '%';
        figure.dataset.outlined = '1';
      };
      if (img.complete && img.naturalWidth) place();
      else img.addEventListener('load', place);
    }
    return figure;
  }

  function renderTable(view) {
    const t = view.source_table;
    const table = el('table', 'source-table');
    if (t.caption) table.appendChild(el('caption', null, t.caption));
    const body = el('tbody');
    const byRow = new Map();
    for (const cell of t.cells) {
      if (!byRow.has(cell.row)) byRow.set(cell.row, []);
      byRow.get(cell.row).push(cell);
    }
    for (let r = 0; r < t.row_count; r++) {
      const tr = el('tr');
      tr.dataset.row = String(r);
      for (const cell of (byRow.get(r) || []).sort((a, b) => a.column - b.column)) {
        const td = el('td', null, cell.text);
        if (cell.row_span > 1) td.rowSpan = cell.row_span;
        if (cell.column_span > 1) td.colSpan = cell.column_span;
        td.dataset.row = String(cell.row);
        td.dataset.column = String(cell.column);
        const inRow = view.highlight_row !== null && cell.row <= view.highlight_row && view.highlight_row < cell.row + cell.row_span;
        if (inRow && view.highlight_column !== null && cell.column === view.highlight_column) td.classList.add('hl-cell');
        else if (inRow) td.classList.add('hl-row');
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    return table;
  }

  // ---- Import: upload or folder, then poll the job -----------------------------------------------------------
  function initImport(root) {
    const form = document.getElementById('upload-form');
    const input = document.getElementById('files');
    const zone = document.getElementById('dropzone');
    const result = document.getElementById('import-result');
    zone.addEventListener('dragover', e => { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', e => {
      e.preventDefault();
      zone.classList.remove('over');
      input.files = e.dataTransfer.files;
      zone.dataset.count = String(input.files.length);
    });
    form.addEventListener('submit', e => {
      e.preventDefault();
      if (!input.files.length) return;
      const data = new FormData();
      for (const file of input.files) data.append('files', file, file.name);
      start(getJson('/api/import/upload', { method: 'POST', body: data }));
    });
    document.getElementById('folder-form').addEventListener('submit', e => {
      e.preventDefault();
      const path = document.getElementById('folder').value;
      start(getJson('/api/import/folder', { method: 'POST', body: JSON.stringify({ path }),
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-ReportMiner': '1' } }));
    });

    function start(request) {
      result.replaceChildren(el('p', 'hint', '上传中… Uploading…'));
      request.then(answer => {
        const parts = [];
        for (const r of answer.rejected || []) parts.push(el('p', 'warning', r.name + ': ' + r.reason));
        result.replaceChildren(...parts);
        if (answer.job) poll(answer.job.id);
      }).catch(error => result.replaceChildren(el('p', 'error', error.message)));
    }

    function poll(id) {
      const box = document.getElementById('progress');
      const bar = document.getElementById('bar');
      const text = document.getElementById('progress-text');
      box.hidden = false;
      const tick = () => getJson('/api/import/' + id).then(job => {
        bar.max = Math.max(1, job.total);
        bar.value = job.done;
        text.textContent = job.done + '/' + job.total + ' · 新增 imported ' + job.imported + ' · 未变 unchanged ' + job.unchanged +
          ' · 失败 failed ' + job.failed + ' · ' + job.elapsed_seconds + ' s';
        root.dataset.state = job.state;
        if (job.state === 'done' || job.state === 'failed') {
          const parts = [];
          if (job.message) parts.push(el('p', 'error', job.message));
          if (job.failures.length) {
            const list = el('ul', 'failures');
            for (const f of job.failures) list.appendChild(el('li', null, f.file + ' — ' + f.kind + ': ' + f.error));
            parts.push(el('h3', null, '失败 Failures'), list);
          }
          if (job.state === 'done') {
            const link = el('a', null, '去搜索 Go to search');
            link.href = '/search';
            parts.push(el('p', null, '完成 Done. '), link);
          }
          result.append(...parts);
          return;
        }
        setTimeout(tick, 500);
      }).catch(error => result.replaceChildren(el('p', 'error', error.message)));
      tick();
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const charts = document.getElementById('charts');
    if (charts) drawCompare(charts);
    const doc = document.querySelector('.document[data-sha]');
    if (doc) initDocument(doc);
    const importRoot = document.getElementById('import');
    if (importRoot && importRoot.dataset.enabled === '1') initImport(importRoot);
  });
})();
