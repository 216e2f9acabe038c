// The mock tenant's checkout page (mocks/pages/), as a module of the static demo.
import '../../mocks/pages/pages.css';
import '../../mocks/pages/checkout.js';
