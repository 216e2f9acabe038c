import { defineConfig } from 'vite';
import { exampleConfig } from '../vite.shared.mjs';

// JSX through Vite's own transform (automatic runtime): no React plugin needed for a build.
export default defineConfig(exampleConfig('react'));
