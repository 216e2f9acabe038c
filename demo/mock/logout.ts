// The mock tenant's logout page (mocks/pages/), as a module of the static demo.
import '../../mocks/pages/pages.css';
import '../../mocks/pages/logout.js';
