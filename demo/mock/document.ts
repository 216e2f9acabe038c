// The mock tenant's document page (mocks/pages/), as a module of the static demo.
import '../../mocks/pages/pages.css';
import '../../mocks/pages/document.js';
