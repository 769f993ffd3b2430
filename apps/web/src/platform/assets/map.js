// Progressive enhancement: shows the district map where Leaflet loaded; the page's list stays complete without it.
/* global document, L -- runs in the browser, after leaflet.js */
for (const element of document.querySelectorAll('[data-map]')) {
  if (typeof L === 'undefined') break;
  const markers = JSON.parse(element.dataset.markers || '[]');
  if (markers.length === 0) continue;
  element.hidden = false;
  const note = element.nextElementSibling;
  if (note && note.hasAttribute('data-map-note')) note.hidden = false;
  const map = L.map(element, { scrollWheelZoom: false });
  L.tileLayer(element.dataset.tileUrl, { attribution: element.dataset.attribution, maxZoom: 18 }).addTo(map);
  const points = markers.map((marker) => {
    const popup = document.createElement('span');
    popup.textContent = marker.label;
    L.marker([marker.latitude, marker.longitude], { title: marker.label, alt: marker.label })
      .bindPopup(popup)
      .addTo(map);
    return [marker.latitude, marker.longitude];
  });
  if (points.length === 1) map.setView(points[0], 11);
  else map.fitBounds(points, { padding: [24, 24], maxZoom: 12 });
}
