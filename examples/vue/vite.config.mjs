import { defineConfig } from 'vite';
import { exampleConfig } from '../vite.shared.mjs';

// No Vue plugin: the template is compiled in the browser (Vue's full build). An app with
// @vitejs/plugin-vue sets `template.compilerOptions.isCustomElement` there instead.
export default defineConfig(
  exampleConfig('vue', {
    resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
    define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  }),
);
