/*
 * Claimtrace maps. Every element matching
 *   <div class="mini-map" data-map data-markers='[{"lat":..,"lon":..,"label":"..","href":".."}]'></div>
 * becomes a Leaflet map with clustered markers. Leaflet and leaflet.markercluster are served
 * from /vendor and loaded only on pages that have a map. Tile URL and attribution come from
 * <meta name="claimtrace-map" content="TILE_URL" data-attribution="..." data-vendor="/vendor">.
 * Without JavaScript (or when tiles fail) the page's own list of places still tells everything.
 */
(function () {
	'use strict';

	var meta = document.querySelector('meta[name="claimtrace-map"]');
	var settings = {
		tileUrl: (meta && meta.getAttribute('content')) || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
		attribution: (meta && meta.getAttribute('data-attribution'))
			|| '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
		vendor: (meta && meta.getAttribute('data-vendor')) || '/vendor'
	};

	function loadCss(href) {
		if (document.querySelector('link[href="' + href + '"]')) {
			return;
		}
		var link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = href;
		document.head.appendChild(link);
	}

	function loadScript(src) {
		return new Promise(function (resolve, reject) {
			var script = document.createElement('script');
			script.src = src;
			script.onload = resolve;
			script.onerror = function () { reject(new Error('could not load ' + src)); };
			document.head.appendChild(script);
		});
	}

	function loadLeaflet() {
		loadCss(settings.vendor + '/leaflet/leaflet.css');
		loadCss(settings.vendor + '/leaflet.markercluster/MarkerCluster.css');
		loadCss(settings.vendor + '/leaflet.markercluster/MarkerCluster.Default.css');
		var leaflet = window.L ? Promise.resolve() : loadScript(settings.vendor + '/leaflet/leaflet.js');
		return leaflet.then(function () {
			return (window.L && window.L.markerClusterGroup)
				? null : loadScript(settings.vendor + '/leaflet.markercluster/leaflet.markercluster.js');
		});
	}

	function markersOf(element) {
		try {
			var markers = JSON.parse(element.getAttribute('data-markers') || '[]');
			return Array.isArray(markers) ? markers.filter(function (m) {
				return typeof m.lat === 'number' && typeof m.lon === 'number';
			}) : [];
		}
		catch (e) {
			return [];
		}
	}

	function popup(marker) {
		var wrapper = document.createElement('div');
		var node;
		if (marker.href) {
			node = document.createElement('a');
			node.href = marker.href;
		}
		else {
			node = document.createElement('span');
		}
		node.textContent = marker.label || '';
		wrapper.appendChild(node);
		return wrapper;
	}

	function draw(element) {
		var markers = markersOf(element);
		L.Icon.Default.imagePath = settings.vendor + '/leaflet/images/';
		if (!element.id) {
			element.id = 'map-' + Math.random().toString(36).slice(2);
		}
		element.classList.add('map-ready');
		var map = L.map(element, { scrollWheelZoom: false });
		var tiles = L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 18 });
		tiles.on('tileerror', function () { element.classList.add('tiles-failed'); });
		tiles.addTo(map);
		var cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
		markers.forEach(function (m) {
			var options = { title: m.label || '', alt: m.label || 'place', keyboard: true };
			cluster.addLayer(L.marker([m.lat, m.lon], options).bindPopup(popup(m)));
		});
		map.addLayer(cluster);
		if (markers.length === 0) {
			map.setView([48.5, 31], 4);
		}
		else if (markers.length === 1) {
			map.setView([markers[0].lat, markers[0].lon], 7);
		}
		else {
			map.fitBounds(cluster.getBounds(), { padding: [24, 24], maxZoom: 9 });
		}
		element.setAttribute('data-marker-count', String(markers.length));
	}

	function start() {
		var elements = document.querySelectorAll('[data-map]');
		if (elements.length === 0) {
			return;
		}
		loadLeaflet().then(function () {
			elements.forEach(function (element) {
				try {
					draw(element);
				}
				catch (e) {
					element.classList.add('map-failed');
				}
			});
		}).catch(function () {
			elements.forEach(function (element) { element.classList.add('map-failed'); });
		});
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
}());
