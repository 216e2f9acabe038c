// React 19 passes props to custom elements as properties when the element has one (`serviceId`), as
// attributes otherwise (`service-url`), and listens to `onsdc-…` props as the kit's `sdc-…` events.
// In a TypeScript app, `import type {} from 'sdc-widgets/jsx'` types all of it.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'sdc-widgets';
import { backendUrl } from '../shared/backend.js';

const serviceFromHash = () => decodeURIComponent(location.hash.replace(/^#\/?/, ''));

function App({ baseUrl }) {
  const [serviceId, setServiceId] = useState(serviceFromHash);
  const [search, setSearch] = useState('');
  const [loaded, setLoaded] = useState('');

  useEffect(() => {
    const onHash = () => setServiceId(serviceFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  return (
    <sdc-provider base-url={baseUrl} privacy-url="/privacy">
      <header>
        <strong>Comune di Esempio (React)</strong>
        <sdc-login />
      </header>
      <main>
        {serviceId ? (
          <>
            <p><a href="#">Tutti i servizi</a>{loaded && <span data-testid="loaded"> · {loaded}</span>}</p>
            <sdc-service-card
              serviceId={serviceId}
              list-url="#"
              service-url="#/{identifier}"
              onsdc-service-loaded={(e) => { setLoaded(e.detail.service.name); document.title = e.detail.service.name; }}
            />
          </>
        ) : (
          <>
            <p role="status">{search ? `Risultati per “${search}”` : 'Tutti i servizi'}</p>
            <sdc-service-list
              service-url="#/{identifier}"
              onsdc-service-filter={(e) => setSearch(e.detail.q)}
            />
          </>
        )}
      </main>
    </sdc-provider>
  );
}

const baseUrl = await backendUrl();
createRoot(document.getElementById('app')).render(<StrictMode><App baseUrl={baseUrl} /></StrictMode>);
