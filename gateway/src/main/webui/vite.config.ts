import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway's Maven build runs `npm run build -- --outDir <jar>/META-INF/resources` and serves the result; `npm run dev` proxies the API to `make run`'s gateway.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 800 },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
    },
  },
});
