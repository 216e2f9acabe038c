import { createContext } from '@lit/context';
import type { SdcClient } from '../api/http.js';

/**
 * The tenant's HTTP client, and with it the citizen's session, provided by `<sdc-provider>`: every
 * element under one provider shares one session, and two providers on a page (two tenants) stay apart.
 * Here and not in core/: core/ sits below api/ (test/node/layers.test.ts).
 */
export const clientContext = createContext<SdcClient | undefined>(Symbol.for('sdc-widgets/client'));
