import { defineConfig } from 'vite';
import { exampleConfig } from '../vite.shared.mjs';

export default defineConfig(exampleConfig('html'));
