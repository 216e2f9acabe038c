export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/forms/**', 'src/domain/**'],
  outdir: '.',
  litelement: true,
};
