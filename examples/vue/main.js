// Vue 3 binds `:service-id.prop` as a property and `service-url` as an attribute, and `@sdc-…` listens to
// the kit's events. In a TypeScript app, `import type {} from 'sdc-widgets/vue'` types the templates.
import { createApp, ref } from 'vue';
import 'sdc-widgets';
import { backendUrl } from '../shared/backend.js';

const app = createApp({
  setup() {
    const serviceId = ref('');
    const search = ref('');
    const loaded = ref('');
    const rating = ref('');
    const onHash = () => { serviceId.value = decodeURIComponent(location.hash.replace(/^#\/?/, '')); };
    onHash();
    addEventListener('hashchange', onHash);
    return { baseUrl: ref(''), serviceId, search, loaded, rating };
  },
  template: `
    <sdc-provider :base-url="baseUrl" privacy-url="/privacy">
      <header><strong>Comune di Esempio (Vue)</strong></header>
      <main v-if="serviceId">
        <p><a href="#">Tutti i servizi</a><span v-if="loaded" data-testid="loaded"> · {{ loaded }}</span></p>
        <sdc-service-card :serviceId.prop="serviceId" list-url="#" service-url="#/{identifier}" no-feedback
          @sdc-service-loaded="loaded = $event.detail.service.name"></sdc-service-card>
        <sdc-feedback kind="service" @sdc-feedback="rating = $event.detail.rating"></sdc-feedback>
        <p v-if="rating" role="status">Valutazione ricevuta: {{ rating }} su 5</p>
      </main>
      <main v-else>
        <p role="status">{{ search ? 'Risultati per “' + search + '”' : 'Tutti i servizi' }}</p>
        <sdc-service-list service-url="#/{identifier}" @sdc-service-filter="search = $event.detail.q"></sdc-service-list>
      </main>
    </sdc-provider>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('sdc-');
const vm = app.mount('#app');
vm.baseUrl = await backendUrl();
