// The mock tenant's control page (mocks/pages/), as a module of the static demo.
import '../../mocks/pages/pages.css';
import '../../mocks/pages/control.js';
