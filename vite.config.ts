import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  build: { target: ['chrome109'] },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
