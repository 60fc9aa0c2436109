import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Quinoa builds this into dist/ and the gateway serves it; `npm run dev` proxies the API to `make run`'s gateway.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 800 },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
    },
  },
});
