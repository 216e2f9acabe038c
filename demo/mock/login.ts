// The mock tenant's login page (mocks/pages/), as a module of the static demo.
import '../../mocks/pages/pages.css';
import '../../mocks/pages/login.js';
