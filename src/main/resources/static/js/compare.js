/*
 * Compare page: draws each source's figures over time with Chart.js (served from /vendor)
 * from the JSON data island #compare-data. The table under it is the no-JS version.
 */
(function () {
	'use strict';
	function start() {
		var island = document.getElementById('compare-data');
		var canvas = document.getElementById('compare-chart');
		if (!island || !canvas || !window.Chart) {
			return;
		}
		var data;
		try {
			data = JSON.parse(island.textContent);
		}
		catch (e) {
			return;
		}
		var palette = ['#0b5cad', '#b35c00', '#1d6b3a', '#a4262c', '#6b3fa0', '#00727a', '#5c5c5c', '#8a5a00'];
		var shapes = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'];
		var chart = new window.Chart(canvas, {
			type: 'line',
			data: {
				labels: data.labels,
				datasets: data.datasets.map(function (set, i) {
					return {
						label: set.label,
						data: set.data,
						spanGaps: true,
						borderColor: palette[i % palette.length],
						backgroundColor: palette[i % palette.length],
						pointStyle: shapes[i % shapes.length],
						pointRadius: 5,
						borderWidth: 2,
						tension: 0
					};
				})
			},
			options: {
				responsive: true,
				maintainAspectRatio: false,
				animation: false,
				interaction: { mode: 'nearest', intersect: false },
				scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
				plugins: { legend: { position: 'bottom' } }
			}
		});
		canvas.setAttribute('data-datasets', String(chart.data.datasets.length));
	}
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
}());
