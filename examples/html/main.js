// A plain page: attributes in the HTML, properties and listeners from a few lines of script.
import 'sdc-widgets';
import { backendUrl } from '../shared/backend.js';

const list = document.querySelector('sdc-service-list');
const card = document.querySelector('sdc-service-card');
const status = document.getElementById('status');

list.addEventListener('sdc-service-filter', (e) => {
  status.textContent = e.detail.q ? `Risultati per “${e.detail.q}”` : 'Tutti i servizi';
});
card.addEventListener('sdc-service-loaded', (e) => {
  document.title = e.detail.service.name;
  status.textContent = e.detail.service.name;
});

function route() {
  const id = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  list.hidden = Boolean(id);
  card.hidden = !id;
  if (id) card.serviceId = id; // a property, as a script sets it
}
addEventListener('hashchange', route);
route();
document.querySelector('sdc-provider').setAttribute('base-url', await backendUrl());
