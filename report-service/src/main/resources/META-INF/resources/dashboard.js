// The town leader's dashboard: reads report-service's own API and fills in the figures and charts.
// ?year=YYYY chooses the year (default this year). The API needs a bearer token: open the page once as
// /#token=<token> (deploy/token mints one); it is kept in this tab's sessionStorage and taken out of the address.
// The town is the token's; a district supervisor's token may add ?orgUnit=CODE.
(function () {
  'use strict';
  const params = new URLSearchParams(window.location.search);
  const year = Number(params.get('year')) || new Date().getFullYear();
  const orgUnit = params.get('orgUnit');
  const query = orgUnit ? '?orgUnit=' + encodeURIComponent(orgUnit) : '';
  const withQuery = (path, extra) => path + (query ? query + (extra ? '&' + extra : '') : (extra ? '?' + extra : ''));
  const SOURCES = { STATUTORY: '法定执法', DEVOLVED: '赋权执法', ENTRUSTED: '委托执法' };

  document.getElementById('year').textContent = year;
  document.getElementById('year-input').value = year;
  document.getElementById('choose').addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams(window.location.search);
    next.set('year', document.getElementById('year-input').value);
    window.location.search = next.toString();
  });

  const fromAddress = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromAddress) {
    sessionStorage.setItem('ledger.token', fromAddress);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  const token = sessionStorage.getItem('ledger.token');
  const headers = token ? { Accept: 'application/json', Authorization: 'Bearer ' + token } : { Accept: 'application/json' };
  const get = (path) => fetch(path, { headers }).then((r) => {
    if (r.status === 401 || r.status === 403) {
      document.getElementById('as-of').textContent = '需要有效的访问令牌（在地址后加 #token=…）';
    }
    if (!r.ok) { throw new Error(path + ': ' + r.status); }
    return r.json();
  });
  const show = (figure, text) => { document.querySelector('[data-figure="' + figure + '"]').textContent = text; };
  const percent = (rate) => rate.numerator === 0 ? '0' : (Number(rate.value) * 100).toFixed(2) + '%';
  const charts = [];
  const chart = (id, option) => {
    const c = echarts.init(document.getElementById(id));
    c.setOption(Object.assign({ animation: false, tooltip: {}, grid: { left: 48, right: 16, top: 16, bottom: 32 } }, option));
    charts.push(c);
  };
  window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

  get(withQuery('/api/v1/reports/' + year + '/summary')).then((s) => {
    document.getElementById('org-unit').textContent = s.orgUnit;
    document.getElementById('as-of').textContent = s.asOf ? new Date(s.asOf).toLocaleString('zh-CN', { hour12: false }) : '尚无记录';
    show('decisions', s.penalties.decisions);
    show('amount', (Number(s.penalties.fineTotal) + Number(s.penalties.confiscationTotal)).toFixed(2));
    show('inspections', s.inspections.total);
    show('joint', s.inspections.joint);
    show('coercion', s.coercion.measures);
    show('expropriations', s.expropriations);
    show('challenge-rate', percent(s.reviews.challengeRate));
    show('certified', s.personnel.certifiedAtYearEnd + ' / ' + s.personnel.officersAtYearEnd);
    show('certification-rate', percent(s.personnel.certificationRate));
    show('training-rate', percent(s.personnel.trainingTargetRate));
    chart('chart-source', {
      series: [{ type: 'pie', radius: ['35%', '70%'], label: { formatter: '{b}\n{c} 件' },
        data: Object.keys(SOURCES).map((k) => ({ name: SOURCES[k], value: s.penalties.bySource[k] })) }]
    });
    document.body.dataset.summaryLoaded = 'true';
  }).catch((e) => { document.body.dataset.error = e.message; });

  get(withQuery('/api/v1/reports/' + year + '/breakdown', 'by=month')).then((b) => {
    chart('chart-month', {
      xAxis: { type: 'category', data: b.rows.map((r) => Number(r.key) + '月') },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: '行政处罚', data: b.rows.map((r) => r.decisions), itemStyle: { color: '#b71c1c' } }]
    });
  });
  get(withQuery('/api/v1/reports/' + year + '/breakdown', 'by=village')).then((b) => {
    chart('chart-village', {
      grid: { left: 96, right: 16, top: 16, bottom: 32 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: b.rows.map((r) => r.key) },
      series: [{ type: 'bar', name: '行政处罚', data: b.rows.map((r) => r.decisions), itemStyle: { color: '#1e88e5' } }]
    });
  });
  get(withQuery('/api/v1/reports/' + year + '/officers')).then((o) => {
    document.getElementById('required-hours').textContent = o.requiredTrainingHours;
    chart('chart-training', {
      xAxis: { type: 'category', data: o.officers.map((x) => x.name), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', name: '培训学时', data: o.officers.map((x) => Number(x.trainingHoursTotal)),
        itemStyle: { color: (p) => {
          const officer = o.officers[p.dataIndex];
          if (officer.trainingTargetMet) { return '#2e7d32'; }
          return officer.trainingAreasMissing.length > 0 ? '#c62828' : '#f9a825';
        } },
        markLine: { symbol: 'none', data: [{ yAxis: Number(o.requiredTrainingHours), name: '达标线' }] } }]
    });
  });
}());
